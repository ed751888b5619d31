package com.bizsuite.suite.invoice;

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
}
