package com.bizsuite.suite.business;

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

/** List answers are kept between requests; every committed write of the business must show in the next read. */
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

    @Test
    void stockInvoiceAndPaymentWritesShowInTheirLists() {
        String item = api().post("/api/v1/items", object("name", "Steel rod", "selling_price", "100.00", "tax_rate", 18,
                "current_stock", 10), tenant()).text("id");
        assertThat(rows(api().get("/api/v1/items", tenant())).getFirst().get("current_stock")).isEqualTo("10.000");
        api().post("/api/v1/stock/adjust", object("item_id", item, "adjustment_type", "decrease", "quantity", 3), tenant());
        assertThat(rows(api().get("/api/v1/items", tenant())).getFirst().get("current_stock")).isEqualTo("7.000");

        String customer = api().post("/api/v1/parties", object("name", "Buyer", "billing_state", "Maharashtra"), tenant()).text("id");
        assertThat(api().get("/api/v1/invoices", tenant()).at("total")).isEqualTo(0);
        String invoice = api().post("/api/v1/invoices", object("party_id", customer, "invoice_type", "sale", "invoice_date", "2026-11-20",
                "items", List.of(object("item_id", item, "quantity", 2, "unit_price", "100.00"))), tenant()).text("id");
        ApiResponse invoices = api().get("/api/v1/invoices", tenant());
        assertThat(invoices.at("total")).isEqualTo(1);
        assertThat(rows(api().get("/api/v1/items", tenant())).getFirst().get("current_stock")).isEqualTo("5.000");

        api().post("/api/v1/payments", object("party_id", customer, "transaction_type", "payment_in", "transaction_date", "2026-11-22",
                "amount", "100.00", "payment_mode", "upi", "invoice_id", invoice), tenant());
        @SuppressWarnings("unchecked")
        Map<String, Object> listed = ((List<Map<String, Object>>) api().get("/api/v1/invoices", tenant()).at("invoices")).getFirst();
        assertThat(listed.get("paid_amount")).isEqualTo("100.00");
        assertThat(listed.get("payment_status")).isEqualTo("partial");
    }
}
