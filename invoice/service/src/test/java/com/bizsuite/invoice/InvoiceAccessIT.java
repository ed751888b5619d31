package com.bizsuite.invoice;

import com.bizsuite.testing.ApiClient;
import com.bizsuite.testing.ApiResponse;
import com.bizsuite.testing.ApiTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.bizsuite.testing.ApiClient.bearer;
import static com.bizsuite.testing.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

/** Roles, tenant isolation (the party ledger included), audit and retried transitions on invoices and payments. */
@MicronautTest(transactional = false)
class InvoiceAccessIT extends ApiTest {

    private LoggedIn owner;
    private String business;
    private String customer;

    @BeforeEach
    void arrange() {
        owner = newUser();
        business = api().post("/api/v1/businesses", object("name", "Access " + System.nanoTime(), "state", "Maharashtra"),
                bearer(owner.accessToken())).text("id");
        customer = api().post("/api/v1/parties", object("name", "Customer", "billing_state", "Maharashtra"), as(owner)).text("id");
    }

    private String[] as(LoggedIn user, String... more) {
        return ApiClient.tenant(user.accessToken(), business, more);
    }

    private LoggedIn member(String role) {
        LoggedIn user = newUser();
        api().post("/api/v1/businesses/" + business + "/users", object("phone", user.phone(), "role", role), bearer(owner.accessToken()));
        return user;
    }

    private Map<String, Object> sale(String status) {
        Map<String, Object> body = object("party_id", customer, "invoice_type", "sale", "invoice_date", "2026-11-20",
                "items", List.of(object("item_name", "Service", "quantity", 1, "unit_price", 100, "tax_rate", 18)));
        if (status != null) {
            body.put("status", status);
        }
        return body;
    }

    @Test
    void rolesDecideWhoMayDoWhat() {
        LoggedIn viewer = member("viewer");
        LoggedIn accountant = member("accountant");
        LoggedIn employee = member("employee");
        String invoice = api().post("/api/v1/invoices", sale(null), as(owner)).text("id");

        assertThat(api().get("/api/v1/invoices/" + invoice, as(viewer)).status()).isEqualTo(200);
        assertThat(api().post("/api/v1/invoices", sale(null), as(viewer)).status()).isEqualTo(403);
        assertThat(api().post("/api/v1/invoices", sale(null), as(employee)).status()).isEqualTo(201);
        assertThat(api().post("/api/v1/invoices/" + invoice + "/cancel", null, as(accountant)).status()).isEqualTo(403);
        assertThat(api().get("/api/v1/reports/gstr3b?from=2026-11-01&to=2026-11-30", as(accountant)).status()).isEqualTo(200);
        assertThat(api().post("/api/v1/payments", object("party_id", customer, "transaction_type", "payment_in", "transaction_date",
                "2026-11-21", "amount", 10, "payment_mode", "cash"), as(employee)).status()).isEqualTo(403);
        assertThat(api().getBytes("/api/v1/invoices/" + invoice + "/pdf", as(viewer))).isNotEmpty();
    }

    @Test
    void anotherBusinesssInvoicesAndPaymentsAreNotFound() {
        String invoice = api().post("/api/v1/invoices", sale(null), as(owner)).text("id");
        String payment = api().post("/api/v1/payments", object("party_id", customer, "transaction_type", "payment_in",
                "transaction_date", "2026-11-21", "amount", 10, "payment_mode", "cash", "invoice_id", invoice), as(owner)).text("id");
        String theirs = business;
        business = api().post("/api/v1/businesses", object("name", "Other " + System.nanoTime()), bearer(owner.accessToken())).text("id");
        assertThat(api().get("/api/v1/invoices/" + invoice, as(owner)).status()).isEqualTo(404);
        assertThat(api().post("/api/v1/invoices/" + invoice + "/cancel", null, as(owner)).status()).isEqualTo(404);
        assertThat(api().get("/api/v1/payments/" + payment, as(owner)).status()).isEqualTo(404);
        assertThat(api().delete("/api/v1/payments/" + payment, as(owner)).status()).isEqualTo(404);
        assertThat(api().get("/api/v1/parties/" + customer + "/ledger", as(owner)).status()).as("its party's ledger").isEqualTo(404);
        assertThat(api().get("/api/v1/invoices", as(owner)).at("total")).isEqualTo(0);
        ApiResponse foreignParty = api().post("/api/v1/invoices", sale(null), as(owner));
        assertThat(foreignParty.status()).as("the party belongs to the other business").isEqualTo(400);
        business = theirs;
        assertThat(api().get("/api/v1/invoices/" + invoice, as(owner)).status()).isEqualTo(200);
    }

    @Test
    void issueCancelAndPaymentsAreAudited() {
        String invoice = api().post("/api/v1/invoices", sale(null), as(owner)).text("id");
        api().post("/api/v1/payments", object("party_id", customer, "transaction_type", "payment_in", "transaction_date", "2026-11-21",
                "amount", 10, "payment_mode", "cash", "invoice_id", invoice), as(owner));
        List<Object> actions;
        actions = ((List<?>) api().get("/api/v1/businesses/" + business + "/audit-logs?limit=100", bearer(owner.accessToken())).at("logs"))
                .stream().map(r -> ((Map<?, ?>) r).get("action")).map(Object.class::cast).toList();
        String other = api().post("/api/v1/invoices", sale(null), as(owner)).text("id");
        api().post("/api/v1/invoices/" + other + "/cancel", null, as(owner));
        actions = ((List<?>) api().get("/api/v1/businesses/" + business + "/audit-logs?limit=100", bearer(owner.accessToken())).at("logs"))
                .stream().map(r -> ((Map<?, ?>) r).get("action")).map(Object.class::cast).toList();
        assertThat(actions).contains("invoice.create", "invoice.issue", "invoice.cancel", "payment.create");
        assertThat(api().get("/api/v1/businesses/" + business + "/audit-logs/verify", bearer(owner.accessToken())).at("ok")).isEqualTo(true);
    }

    @Test
    void aRetriedIssueReplaysAndMovesNothingTwice() {
        String rice = api().post("/api/v1/items", object("name", "Rice", "tax_rate", 5, "current_stock", 5), as(owner)).text("id");
        Map<String, Object> body = object("party_id", customer, "invoice_type", "sale", "invoice_date", "2026-11-20", "status", "draft",
                "items", List.of(object("item_id", rice, "quantity", 2, "unit_price", 50)));
        String draft = api().post("/api/v1/invoices", body, as(owner)).text("id");
        String key = UUID.randomUUID().toString();
        ApiResponse first = api().post("/api/v1/invoices/" + draft + "/issue", null, as(owner, "Idempotency-Key", key));
        ApiResponse retry = api().post("/api/v1/invoices/" + draft + "/issue", null, as(owner, "Idempotency-Key", key));
        assertThat(first.status()).isEqualTo(200);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(api().get("/api/v1/items/" + rice, as(owner)).text("current_stock")).isEqualTo("3.000");
    }
}
