package com.bizsuite.suite.inventory;

import com.bizsuite.testing.ApiResponse;
import com.bizsuite.testing.InventoryApiFixture;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.bizsuite.testing.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

/** The history answers manual adjustments in the old system's shape, and every row with the stock before and after it. */
@MicronautTest(transactional = false)
class StockHistoryIT extends InventoryApiFixture {

    private static final List<String> ADJUSTMENT_FIELDS = List.of("id", "item_id", "adjustment_type", "quantity", "previous_stock",
            "new_stock", "rate", "reason", "notes", "created_by");

    @Test
    @SuppressWarnings("unchecked")
    void adjustmentsKeepTheOldFieldsAndAnInvoicesRowShowsItsDocument() {
        newBusiness("state", "Maharashtra");
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

    @Test
    @SuppressWarnings("unchecked")
    void pagingIsUnchanged() {
        newBusiness();
        String item = createItem("current_stock", 1);
        adjust(item, "increase", 1);
        adjust(item, "increase", 2);
        adjust(item, "decrease", 1);
        ApiResponse page = api().get("/api/v1/stock/items/" + item + "/history?limit=2&page=2", tenant());
        assertThat(page.header("x-total-count")).isEqualTo("4");
        assertThat(page.list()).extracting(r -> ((Map<String, Object>) r).get("new_stock")).containsExactly("2.000", "1.000");
    }
}
