package com.bizsuite.business;

import com.bizsuite.testing.ApiResponse;
import com.bizsuite.testing.ApiTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.bizsuite.testing.ApiClient.bearer;
import static com.bizsuite.testing.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * List answers are kept between requests; every committed write of the business must show in the
 * next read. The invoice module's InvoiceEffectsIT does the same for stock, invoices and payments.
 */
@MicronautTest(transactional = false)
class CachedListsIT extends ApiTest {

    private LoggedIn owner;
    private String business;

    @BeforeEach
    void arrange() {
        owner = newUser();
        business = api().post("/api/v1/businesses", object("name", "Lists " + System.nanoTime(), "state", "Maharashtra"),
                bearer(owner.accessToken())).text("id");
    }

    private String[] tenant() {
        return new String[]{"Authorization", "Bearer " + owner.accessToken(), "x-business-id", business};
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> rows(ApiResponse response) {
        assertThat(response.status()).isEqualTo(200);
        return (List<Map<String, Object>>) (List<?>) response.list();
    }

    @Test
    void partyWritesShowInTheNextList() {
        assertThat(rows(api().get("/api/v1/parties", tenant()))).isEmpty();
        String id = api().post("/api/v1/parties", object("name", "Asha Traders"), tenant()).text("id");
        ApiResponse listed = api().get("/api/v1/parties", tenant());
        assertThat(rows(listed)).extracting(p -> p.get("name")).containsExactly("Asha Traders");
        assertThat(listed.header("X-Total-Count")).isEqualTo("1");
        assertThat(listed.header("Content-Type")).startsWith("application/json");

        api().patch("/api/v1/parties/" + id, object("name", "Asha Traders LLP"), tenant());
        assertThat(rows(api().get("/api/v1/parties", tenant()))).extracting(p -> p.get("name")).containsExactly("Asha Traders LLP");
        api().delete("/api/v1/parties/" + id, tenant());
        assertThat(rows(api().get("/api/v1/parties", tenant()))).isEmpty();
    }

    @Test
    void eachQueryIsAnsweredForItself() {
        api().post("/api/v1/parties", object("name", "Customer One", "type", "customer"), tenant());
        api().post("/api/v1/parties", object("name", "Supplier One", "type", "supplier"), tenant());
        assertThat(rows(api().get("/api/v1/parties?type=customer", tenant()))).extracting(p -> p.get("name")).containsExactly("Customer One");
        assertThat(rows(api().get("/api/v1/parties?type=supplier", tenant()))).extracting(p -> p.get("name")).containsExactly("Supplier One");
        assertThat(rows(api().get("/api/v1/parties?limit=1", tenant()))).hasSize(1);
        assertThat(api().get("/api/v1/parties?limit=1", tenant()).header("X-Total-Count")).isEqualTo("2");
    }

    @Test
    void anotherBusinessNeverSeesTheAnswer() {
        api().post("/api/v1/parties", object("name", "Ours"), tenant());
        assertThat(rows(api().get("/api/v1/parties", tenant()))).hasSize(1);
        String theirs = api().post("/api/v1/businesses", object("name", "Theirs " + System.nanoTime(), "state", "Goa"),
                bearer(owner.accessToken())).text("id");
        assertThat(rows(api().get("/api/v1/parties", "Authorization", "Bearer " + owner.accessToken(), "x-business-id", theirs))).isEmpty();
    }
}
