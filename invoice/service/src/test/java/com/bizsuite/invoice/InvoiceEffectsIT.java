package com.bizsuite.invoice;

import com.bizsuite.testing.ApiResponse;
import com.bizsuite.testing.InventoryApiFixture;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.bizsuite.testing.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What invoices and payments change in the answers of the modules they write to, read through the
 * public API: the item and invoice lists (kept between requests, so every committed write must
 * show in the next read) and an item's stock history.
 */
@MicronautTest(transactional = false)
class InvoiceEffectsIT extends InventoryApiFixture {

    private static final List<String> ADJUSTMENT_FIELDS = List.of("id", "item_id", "adjustment_type", "quantity", "previous_stock",
            "new_stock", "rate", "reason", "notes", "created_by");

    @BeforeEach
    void arrange() {
        newBusiness("state", "Maharashtra");
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

    @Test
    @SuppressWarnings("unchecked")
    void adjustmentsKeepTheOldFieldsAndAnInvoicesRowShowsItsDocument() {
        String item = createItem("current_stock", 10);
        ApiResponse increased = api().post("/api/v1/stock/adjust", object("item_id", item, "adjustment_type", "increase", "quantity", 5,
                "rate", "80.00", "reason", "Found", "notes", "Shelf B"), tenant());
        ApiResponse decreased = api().post("/api/v1/stock/adjust", object("item_id", item, "adjustment_type", "decrease",
                "quantity", "3", "reason", "Damaged"), tenant());
        ApiResponse set = api().post("/api/v1/stock/adjust", object("item_id", item, "adjustment_type", "set", "quantity", "20",
                "reason", "Count"), tenant());
        String customer = api().post("/api/v1/parties", object("name", "Walk-in", "billing_state", "Maharashtra"), tenant()).text("id");
        ApiResponse invoice = api().post("/api/v1/invoices", object("party_id", customer, "invoice_type", "sale",
                "invoice_date", "2026-11-23", "items", List.of(object("item_id", item, "quantity", 4, "unit_price", "100.00"))), tenant());
        assertThat(invoice.status()).as(invoice.toString()).isEqualTo(201);

        ApiResponse history = api().get("/api/v1/stock/items/" + item + "/history", tenant());
        assertThat(history.header("x-total-count")).isEqualTo("5");
        List<Map<String, Object>> rows = history.list().stream().map(r -> (Map<String, Object>) r).toList();
        assertThat(rows).allSatisfy(row -> assertThat(row).containsKeys(ADJUSTMENT_FIELDS.toArray(String[]::new))
                .containsKeys("created_at", "movement_type").containsEntry("item_id", item).containsEntry("created_by", owner.userId()));

        Map<String, Object> sale = rows.get(0);
        assertThat(sale).containsEntry("movement_type", "sale_invoice").containsEntry("adjustment_type", null)
                .containsEntry("quantity", "4.000").containsEntry("previous_stock", "20.000").containsEntry("new_stock", "16.000")
                .containsEntry("reference_type", "sale_invoice").containsEntry("reference_id", invoice.text("id"))
                .containsEntry("reference_line", 1).containsEntry("direction", "decrease");
        assertThat(rows.get(1)).containsEntry("movement_type", "adjust_set").containsEntry("adjustment_type", "set")
                .containsEntry("quantity", "20.000").containsEntry("previous_stock", "12.000").containsEntry("new_stock", "20.000")
                .containsEntry("rate", null).containsEntry("reason", "Count").containsEntry("notes", null);
        assertThat(rows.get(2)).containsEntry("adjustment_type", "decrease").containsEntry("quantity", "3.000")
                .containsEntry("previous_stock", "15.000").containsEntry("new_stock", "12.000").containsEntry("reason", "Damaged");
        assertThat(rows.get(3)).containsEntry("adjustment_type", "increase").containsEntry("quantity", "5.000")
                .containsEntry("previous_stock", "10.000").containsEntry("new_stock", "15.000").containsEntry("rate", "80.00")
                .containsEntry("reason", "Found").containsEntry("notes", "Shelf B");
        assertThat(rows.get(4)).containsEntry("movement_type", "opening").containsEntry("adjustment_type", null)
                .containsEntry("quantity", "10.000").containsEntry("previous_stock", "0.000").containsEntry("new_stock", "10.000");

        List<ApiResponse> answers = List.of(set, decreased, increased);
        for (int k = 0; k < answers.size(); k++) {
            Map<String, Object> answered = (Map<String, Object>) answers.get(k).map().get("adjustment");
            Map<String, Object> row = rows.get(k + 1);
            ADJUSTMENT_FIELDS.forEach(field -> assertThat(row.get(field)).as(field).isEqualTo(answered.get(field)));
        }
        assertThat(stockOf(item)).isEqualByComparingTo("16").isEqualByComparingTo(ledgerSum(item));
    }
}
