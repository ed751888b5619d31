package com.bizsuite.testing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.bizsuite.testing.ApiClient.object;

/**
 * Arrangement through the public API: a business with its owner, items, adjustments. For the tests
 * of the inventory module and of the modules that move stock.
 */
public abstract class InventoryApiFixture extends BusinessApiFixture {

    protected LoggedIn owner;
    protected String business;

    protected void newBusiness(Object... settings) {
        owner = newUser();
        business = createBusiness(owner, settings);
    }

    protected String[] tenant(String... more) {
        return ApiClient.tenant(owner.accessToken(), business, more);
    }

    protected String createItem(Object... fields) {
        List<Object> pairs = new ArrayList<>(List.of("name", "Item " + System.nanoTime(), "tax_rate", 18, "selling_price", "100.00",
                "purchase_price", "70.00"));
        pairs.addAll(List.of(fields));
        ApiResponse created = api().post("/api/v1/items", object(pairs.toArray()), tenant());
        if (created.status() != 201) {
            throw new AssertionError("create item: " + created);
        }
        return created.text("id");
    }

    protected ApiResponse adjust(String item, String type, Object quantity) {
        return api().post("/api/v1/stock/adjust", object("item_id", item, "adjustment_type", type, "quantity", quantity), tenant());
    }

    protected BigDecimal stockOf(String item) {
        return new BigDecimal(api().get("/api/v1/items/" + item, tenant()).text("current_stock"));
    }

    /** The sum of what each row of the item's ledger changed (its new stock less its previous), read through the history endpoint. */
    @SuppressWarnings("unchecked")
    protected BigDecimal ledgerSum(String item) {
        BigDecimal sum = BigDecimal.ZERO;
        int page = 1;
        while (true) {
            ApiResponse history = api().get("/api/v1/stock/items/" + item + "/history?limit=200&page=" + page, tenant());
            List<Object> rows = history.list();
            for (Object row : rows) {
                Map<String, Object> fields = (Map<String, Object>) row;
                sum = sum.add(new BigDecimal((String) fields.get("new_stock")))
                        .subtract(new BigDecimal((String) fields.get("previous_stock")));
            }
            if (rows.size() < 200) {
                return sum;
            }
            page++;
        }
    }

    protected int ledgerRows(String item) {
        return Integer.parseInt(api().get("/api/v1/stock/items/" + item + "/history?limit=1", tenant()).header("x-total-count"));
    }
}
