package com.bizsuite.business;

import com.bizsuite.testing.ApiResponse;
import com.bizsuite.testing.BusinessApiFixture;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.bizsuite.testing.ApiClient.bearer;
import static com.bizsuite.testing.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class PartyIT extends BusinessApiFixture {

    @Test
    void aPartyIsCreatedWithEveryContractField() {
        LoggedIn owner = newUser();
        String business = createBusiness(owner);
        ApiResponse created = api().post("/api/v1/parties", object(
                "name", "Ravi Stores", "type", "customer", "phone", "9812345678", "email", "Ravi@Example.com",
                "gstin", "27AAPFU0939F1ZV", "billing_address_line1", "12 MG Road", "billing_city", "Pune", "billing_state", "Maharashtra",
                "billing_pincode", "411001", "shipping_same_as_billing", false, "shipping_state", "Karnataka", "shipping_city", "Bengaluru",
                "opening_balance", "1500.5", "opening_balance_type", "debit", "credit_limit", 50000, "credit_period_days", 30,
                "notes", "pays on time", "tags", List.of("wholesale", "pune")), as(owner, business));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.text("opening_balance")).isEqualTo("1500.50");
        assertThat(created.text("credit_limit")).isEqualTo("50000.00");
        assertThat(created.text("pan")).isEqualTo("AAPFU0939F");
        assertThat(created.text("state_code")).as("shipping state is the place of supply").isEqualTo("29");
        assertThat(created.text("email")).isEqualTo("ravi@example.com");
        assertThat(created.at("tags")).isEqualTo(List.of("wholesale", "pune"));
        assertThat(created.header("etag")).isEqualTo("\"0\"");

        ApiResponse read = api().get("/api/v1/parties/" + created.text("id"), as(owner, business));
        assertThat(read.body()).isEqualTo(created.body());
    }

    @Test
    void badInputIsA400NamingTheField() {
        LoggedIn owner = newUser();
        String business = createBusiness(owner);
        Map<String, Object> cases = Map.of(
                "gstin", "27AAPFU0939F1ZX",
                "phone", "12345",
                "billing_pincode", "0123",
                "opening_balance", "10.555",
                "credit_limit", -1,
                "type", "vendor",
                "billing_state", "Atlantis",
                "credit_period_days", 400);
        cases.forEach((field, value) -> {
            ApiResponse response = api().post("/api/v1/parties", object("name", "X", field, value), as(owner, business));
            assertThat(response.status()).as(field + " " + response).isEqualTo(400);
            assertThat(response.body()).as(field).contains(field);
        });
        assertThat(api().post("/api/v1/parties", object("type", "customer"), as(owner, business)).status()).isEqualTo(400);
        assertThat(api().post("/api/v1/parties", object("name", "X", "opening_balance", "ten"), as(owner, business)).status()).isEqualTo(400);
    }

    @Test
    void listFiltersSearchesAndPages() {
        LoggedIn owner = newUser();
        String business = createBusiness(owner);
        createParty(owner, business, "name", "Alpha Traders", "type", "customer", "phone", "9811111111");
        createParty(owner, business, "name", "Beta Metals", "type", "supplier", "gstin", "27AAPFU0939F1ZV");
        createParty(owner, business, "name", "Gamma Alpha", "type", "both");

        assertThat(names(api().get("/api/v1/parties", as(owner, business)))).containsExactly("Alpha Traders", "Beta Metals", "Gamma Alpha");
        assertThat(names(api().get("/api/v1/parties?type=customer", as(owner, business)))).containsExactly("Alpha Traders", "Gamma Alpha");
        assertThat(names(api().get("/api/v1/parties?type=supplier", as(owner, business)))).containsExactly("Beta Metals", "Gamma Alpha");
        assertThat(names(api().get("/api/v1/parties?search=alpha", as(owner, business)))).containsExactly("Alpha Traders", "Gamma Alpha");
        assertThat(names(api().get("/api/v1/parties?search=98111", as(owner, business)))).containsExactly("Alpha Traders");
        assertThat(names(api().get("/api/v1/parties?search=27aapfu", as(owner, business)))).containsExactly("Beta Metals");

        ApiResponse page = api().get("/api/v1/parties?page=2&limit=2", as(owner, business));
        assertThat(names(page)).containsExactly("Gamma Alpha");
        assertThat(page.header("x-total-count")).isEqualTo("3");
        assertThat(api().get("/api/v1/parties?type=vendor", as(owner, business)).status()).isEqualTo(400);
    }

    @Test
    void aDeletedPartyIsNotFoundAndNotListed() {
        LoggedIn owner = newUser();
        String business = createBusiness(owner);
        String id = createParty(owner, business);
        assertThat(api().delete("/api/v1/parties/" + id, as(owner, business)).status()).isEqualTo(204);
        assertThat(api().get("/api/v1/parties/" + id, as(owner, business)).status()).isEqualTo(404);
        assertThat(api().get("/api/v1/parties", as(owner, business)).list()).isEmpty();
        assertThat(api().patch("/api/v1/parties/" + id, object("name", "Back"), as(owner, business)).status()).isEqualTo(404);
        assertThat(api().delete("/api/v1/parties/" + id, as(owner, business)).status()).isEqualTo(404);
    }

    @Test
    void theTenantHeaderIsRequiredAndChecked() {
        LoggedIn owner = newUser();
        createBusiness(owner);
        ApiResponse missing = api().get("/api/v1/parties", bearer(owner.accessToken()));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.text("message")).isEqualTo("Business ID is required");
        assertThat(api().get("/api/v1/parties", bearer(owner.accessToken(), "x-business-id", "not-a-uuid")).status()).isEqualTo(400);
        assertThat(api().get("/api/v1/parties", bearer(owner.accessToken(), "x-business-id", UUID.randomUUID().toString())).status())
                .isEqualTo(403);
    }

    @Test
    void nonUuidIdsAre400NotServerErrors() {
        LoggedIn owner = newUser();
        String business = createBusiness(owner);
        for (String path : List.of("/api/v1/parties/123", "/api/v1/parties/' OR 1=1")) {
            ApiResponse response = api().get(path.replace(" ", "%20").replace("'", "%27"), as(owner, business));
            assertThat(response.status()).as(path).isEqualTo(400);
        }
        assertThat(api().patch("/api/v1/parties/xyz", object("name", "A"), as(owner, business)).status()).isEqualTo(400);
        assertThat(api().delete("/api/v1/parties/xyz", as(owner, business)).status()).isEqualTo(400);
    }

    @Test
    void aStaleIfMatchIs412AndConcurrentEditsNeverLoseAnUpdate() throws Exception {
        LoggedIn owner = newUser();
        String business = createBusiness(owner);
        String id = createParty(owner, business);
        String etag = api().get("/api/v1/parties/" + id, as(owner, business)).header("etag");

        try (var pool = Executors.newFixedThreadPool(8)) {
            List<Callable<Integer>> edits = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String city = "City" + i;
                edits.add(() -> api().patch("/api/v1/parties/" + id, object("billing_city", city), as(owner, business, "If-Match", etag)).status());
            }
            List<Integer> statuses = new java.util.ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(edits)) {
                statuses.add(f.get());
            }
            assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
            assertThat(statuses).filteredOn(s -> s == 412).hasSize(7);
        }
        assertThat(api().get("/api/v1/parties/" + id, as(owner, business)).header("etag")).isEqualTo("\"1\"");
    }

    private static List<Object> names(ApiResponse response) {
        return rows(response).stream().map(r -> r.get("name")).toList();
    }
}
