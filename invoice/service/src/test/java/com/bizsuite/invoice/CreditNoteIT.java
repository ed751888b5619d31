package com.bizsuite.invoice;

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

@MicronautTest(transactional = false)
class CreditNoteIT extends ApiTest {

    private LoggedIn owner;
    private String business;
    private String customer;
    private String rice;

    @BeforeEach
    void arrange() {
        owner = newUser();
        business = api().post("/api/v1/businesses", object("name", "Returns " + System.nanoTime(), "state", "Maharashtra", "round_off", "off"),
                bearer(owner.accessToken())).text("id");
        customer = api().post("/api/v1/parties", object("name", "Customer", "billing_state", "Maharashtra"), tenant()).text("id");
        rice = api().post("/api/v1/items", object("name", "Rice", "tax_rate", 5, "current_stock", 10), tenant()).text("id");
    }

    private String[] tenant() {
        return new String[]{"Authorization", "Bearer " + owner.accessToken(), "x-business-id", business};
    }

    private ApiResponse sale(int quantity) {
        return api().post("/api/v1/invoices", object("party_id", customer, "invoice_type", "sale", "invoice_date", "2026-11-20",
                "items", List.of(object("item_id", rice, "quantity", quantity, "unit_price", 100))), tenant());
    }

    private String stock() {
        return api().get("/api/v1/items/" + rice, tenant()).text("current_stock");
    }

    @Test
    void aCreditNoteReturnsStockAndLowersWhatIsOwed() {
        ApiResponse invoice = sale(4);
        String line = (String) ((Map<?, ?>) ((List<?>) invoice.at("items")).getFirst()).get("id");
        assertThat(stock()).isEqualTo("6.000");

        ApiResponse note = api().post("/api/v1/invoices/" + invoice.text("id") + "/credit-notes",
                object("reason", "Damaged bag", "invoice_date", "2026-11-25", "items", List.of(object("invoice_item_id", line, "quantity", 1))),
                tenant());
        assertThat(note.status()).as(note.toString()).isEqualTo(201);
        assertThat(note.text("invoice_date")).isEqualTo("2026-11-25");
        assertThat(note.map()).containsEntry("invoice_type", "credit_note").containsEntry("original_invoice_id", invoice.text("id"))
                .containsEntry("total_amount", "105.00").containsEntry("status", "issued");
        assertThat(note.text("invoice_number")).isEqualTo("CN/26-27/00001");
        assertThat(stock()).isEqualTo("7.000");
        ApiResponse original = api().get("/api/v1/invoices/" + invoice.text("id"), tenant());
        assertThat(original.map()).containsEntry("credited_amount", "105.00").containsEntry("balance_due", "315.00");

        ApiResponse tooMuch = api().post("/api/v1/invoices/" + invoice.text("id") + "/credit-notes",
                object("reason", "More", "items", List.of(object("invoice_item_id", line, "quantity", 4))), tenant());
        assertThat(tooMuch.status()).isEqualTo(409);
        assertThat(tooMuch.text("message")).contains("3.000 left");
        assertThat(stock()).isEqualTo("7.000");

        ApiResponse ledger = api().get("/api/v1/parties/" + customer + "/ledger", tenant());
        assertThat(ledger.text("current_balance")).isEqualTo("315.00");
        assertThat(api().post("/api/v1/invoices/" + invoice.text("id") + "/cancel", null, tenant()).status())
                .as("credited invoices cannot be cancelled").isEqualTo(409);
        assertThat(api().post("/api/v1/invoices/" + note.text("id") + "/cancel", null, tenant()).status())
                .as("nor can credit notes").isEqualTo(409);
    }

    @Test
    void creditNotesNeedAnIssuedBill() {
        String draft = api().post("/api/v1/invoices", object("party_id", customer, "invoice_type", "sale", "invoice_date", "2026-11-20",
                "status", "draft", "items", List.of(object("item_id", rice, "quantity", 1, "unit_price", 100))), tenant()).text("id");
        assertThat(api().post("/api/v1/invoices/" + draft + "/credit-notes", object("reason", "x", "items",
                List.of(object("invoice_item_id", java.util.UUID.randomUUID().toString(), "quantity", 1))), tenant()).status()).isEqualTo(409);
        ApiResponse invoice = sale(1);
        assertThat(api().post("/api/v1/invoices/" + invoice.text("id") + "/credit-notes", object("reason", "x", "items",
                List.of(object("invoice_item_id", java.util.UUID.randomUUID().toString(), "quantity", 1))), tenant()).status()).isEqualTo(400);
        String line = (String) ((Map<?, ?>) ((List<?>) invoice.at("items")).getFirst()).get("id");
        ApiResponse backdated = api().post("/api/v1/invoices/" + invoice.text("id") + "/credit-notes", object("reason", "x",
                "invoice_date", "2026-11-19", "items", List.of(object("invoice_item_id", line, "quantity", 1))), tenant());
        assertThat(backdated.status()).isEqualTo(400);
        assertThat(backdated.text("message")).contains("invoice_date");
    }

    @Test
    void theGapReportShowsNoGapsAndTheCancelledNumbers() {
        String first = sale(1).text("id");
        sale(1);
        sale(1);
        String cancelled = api().post("/api/v1/invoices/" + first + "/cancel", null, tenant()).text("invoice_number");
        ApiResponse report = api().get("/api/v1/invoices/number-gaps?series=sale&fy=2026-27", tenant());
        assertThat(report.map()).containsEntry("first", 1).containsEntry("last", 3).containsEntry("gaps", List.of())
                .containsEntry("cancelled", List.of(cancelled));
        assertThat(api().get("/api/v1/invoices/number-gaps?series=sale&fy=26", tenant()).status()).isEqualTo(400);
    }
}
