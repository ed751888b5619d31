package com.bizsuite.inventory;

import com.bizsuite.testing.ApiResponse;
import com.bizsuite.testing.InventoryApiFixture;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The history pages as the old system's did. The fields of its adjustment rows are checked in
 * InventoryContractIT; the stock before and after each row, an invoice's row among them, in the
 * invoice module's InvoiceEffectsIT.
 */
@MicronautTest(transactional = false)
class StockHistoryIT extends InventoryApiFixture {

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
