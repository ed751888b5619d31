package com.bizsuite.inventory;

import com.bizsuite.testing.ApiResponse;
import com.bizsuite.testing.InventoryApiFixture;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.bizsuite.testing.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class ItemIT extends InventoryApiFixture {

    @BeforeEach
    void business() {
        newBusiness();
    }

    @Test
    void anItemCarriesEveryContractFieldAndItsOpeningStockIsALedgerRow() {
        String unit = api().post("/api/v1/units", object("name", "Kilogram", "short_name", "kg", "decimal_places", 3), tenant()).text("id");
        String category = api().post("/api/v1/categories", object("name", "Grains"), tenant()).text("id");
        ApiResponse created = api().post("/api/v1/items", object("name", "Basmati Rice", "category_id", category, "unit_id", unit,
                "sku", "RICE-1", "barcode", "8901234567890", "hsn_code", "10063020", "description", "Long grain",
                "inventory_type", "trading_goods", "selling_price", 120, "purchase_price", "90.5", "mrp", "130.00", "discount_percent", 5,
                "tax_rate", "5", "cess_rate", 0, "tax_inclusive", false, "current_stock", "25.5", "low_stock_threshold", 10,
                "track_stock", true), tenant());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.map()).containsEntry("selling_price", "120.00").containsEntry("purchase_price", "90.50")
                .containsEntry("tax_rate", "5.00").containsEntry("current_stock", "25.500").containsEntry("low_stock_threshold", "10.000")
                .containsEntry("average_cost", "90.5000").containsEntry("stock_value", "2307.75");
        String id = created.text("id");
        assertThat(ledgerRows(id)).isEqualTo(1);
        assertThat(api().get("/api/v1/stock/items/" + id + "/history", tenant()).list().getFirst())
                .satisfies(row -> assertThat(((Map<?, ?>) row).get("movement_type")).isEqualTo("opening"));
    }

    @Test
    void anUpdateCannotTouchStock() {
        String id = createItem("current_stock", 5);
        ApiResponse update = api().patch("/api/v1/items/" + id, object("current_stock", 500), tenant());
        assertThat(update.status()).isEqualTo(400);
        assertThat(update.text("message")).contains("current_stock").contains("stock is 5.000").contains("stock adjustments");
        ApiResponse rename = api().patch("/api/v1/items/" + id, object("name", "Renamed", "selling_price", 150), tenant());
        assertThat(rename.status()).isEqualTo(200);
        assertThat(rename.text("current_stock")).isEqualTo("5.000");
        assertThat(ledgerRows(id)).isEqualTo(1);
    }

    @Test
    void anUpdateMayRepeatTheStockOnHandAsTheOldEditFormDoes() {
        String id = createItem("current_stock", 5);
        ApiResponse echoed = api().patch("/api/v1/items/" + id, object("name", "Edited", "selling_price", 120, "tax_rate", 18,
                "current_stock", 5, "low_stock_threshold", 10), tenant());
        assertThat(echoed.status()).as(echoed.toString()).isEqualTo(200);
        assertThat(echoed.map()).containsEntry("name", "Edited").containsEntry("current_stock", "5.000")
                .containsEntry("low_stock_threshold", "10.000");
        assertThat(api().patch("/api/v1/items/" + id, object("current_stock", "5.000"), tenant()).status()).isEqualTo(200);
        adjust(id, "decrease", 2);
        ApiResponse stale = api().patch("/api/v1/items/" + id, object("name", "Stale form", "current_stock", 5), tenant());
        assertThat(stale.status()).as("the stock moved since the form was read").isEqualTo(400);
        assertThat(stale.text("message")).contains("current_stock").contains("stock is 3.000").contains("POST /api/v1/stock/adjust");
        assertThat(api().get("/api/v1/items/" + id, tenant()).map()).containsEntry("name", "Edited")
                .containsEntry("current_stock", "3.000");
        String service = createItem("inventory_type", "services");
        assertThat(api().patch("/api/v1/items/" + service, object("current_stock", 0), tenant()).status()).isEqualTo(200);
        assertThat(ledgerRows(id)).isEqualTo(2);
    }

    @Test
    void badInputIsA400NamingTheField() {
        Map<String, Object> cases = Map.of("tax_rate", 17, "cess_rate", 101, "hsn_code", "12345", "sac_code", "1234",
                "selling_price", "1.234", "discount_percent", 120, "inventory_type", "gadget", "current_stock", -1);
        cases.forEach((field, value) -> {
            ApiResponse response = api().post("/api/v1/items", object("name", "X", field, value), tenant());
            assertThat(response.status()).as(field + " " + response).isEqualTo(400);
            assertThat(response.body()).as(field).contains(field);
        });
        assertThat(api().post("/api/v1/items", object("name", "X", "tax_rate", "0.25"), tenant()).status()).isEqualTo(201);
        assertThat(api().post("/api/v1/items", object("name", "X", "tax_rate", "40"), tenant()).status()).isEqualTo(201);
    }

    @Test
    void inventoryTypesAreTheOldSystemsWithTradingGoodsByDefault() {
        ApiResponse plain = api().post("/api/v1/items", object("name", "Plain"), tenant());
        assertThat(plain.map()).containsEntry("inventory_type", "trading_goods").containsEntry("track_stock", true);
        for (String type : List.of("raw_material", "wip", "finished_goods", "trading_goods", "consumables")) {
            ApiResponse goods = api().post("/api/v1/items", object("name", type, "inventory_type", type, "current_stock", 2), tenant());
            assertThat(goods.status()).as(goods.toString()).isEqualTo(201);
            assertThat(goods.map()).containsEntry("inventory_type", type).containsEntry("track_stock", true)
                    .containsEntry("current_stock", "2.000");
            assertThat(adjust(goods.text("id"), "increase", 1).status()).isEqualTo(200);
        }
        ApiResponse service = api().post("/api/v1/items", object("name", "Repair", "inventory_type", "services", "track_stock", true),
                tenant());
        assertThat(service.map()).containsEntry("inventory_type", "services").containsEntry("track_stock", false);
        assertThat(adjust(service.text("id"), "increase", 1).status()).isEqualTo(400);
        assertThat(api().post("/api/v1/items", object("name", "X", "inventory_type", "services", "current_stock", 1), tenant()).status())
                .isEqualTo(400);
        for (String old : List.of("goods", "service")) {
            ApiResponse refused = api().post("/api/v1/items", object("name", "X", "inventory_type", old), tenant());
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.body()).contains(
                    "inventory_type: must be one of raw_material, wip, finished_goods, trading_goods, consumables, services");
        }
        ApiResponse becameService = api().patch("/api/v1/items/" + plain.text("id"), object("inventory_type", "services"), tenant());
        assertThat(becameService.map()).containsEntry("inventory_type", "services").containsEntry("track_stock", false);
        assertThat(names(api().get("/api/v1/stock/summary", tenant()).at("items"))).doesNotContain("Plain", "Repair").hasSize(5);
    }

    @Test
    void aUnitWithoutDecimalPlacesCountsWholeUnits() {
        ApiResponse box = api().post("/api/v1/units", object("name", "Box", "short_name", "box"), tenant());
        assertThat(box.status()).as(box.toString()).isEqualTo(201);
        assertThat(box.map()).containsEntry("decimal_places", 0);
        String id = box.text("id");
        assertThat(api().post("/api/v1/items", object("name", "Boxed", "unit_id", id, "current_stock", "1.5"), tenant()).status())
                .isEqualTo(400);
        assertThat(api().post("/api/v1/units", object("name", "No short name"), tenant()).status()).isEqualTo(400);
    }

    @Test
    void skuAndBarcodeAreUniqueAmongActiveItems() {
        String first = createItem("sku", "SKU-1", "barcode", "111");
        assertThat(api().post("/api/v1/items", object("name", "B", "sku", "SKU-1"), tenant()).status()).isEqualTo(409);
        assertThat(api().post("/api/v1/items", object("name", "C", "barcode", "111"), tenant()).status()).isEqualTo(409);
        assertThat(api().delete("/api/v1/items/" + first, tenant()).status()).isEqualTo(204);
        assertThat(api().post("/api/v1/items", object("name", "D", "sku", "SKU-1", "barcode", "111"), tenant()).status())
                .as("free again once the first is deleted").isEqualTo(201);
    }

    @Test
    void listFiltersSearchesAndHidesDeletedItems() {
        String grains = api().post("/api/v1/categories", object("name", "Grains"), tenant()).text("id");
        createItem("name", "Rice", "category_id", grains);
        createItem("name", "Wheat", "category_id", grains, "sku", "WHT");
        String oil = createItem("name", "Oil");
        assertThat(names(api().get("/api/v1/items", tenant()))).containsExactly("Oil", "Rice", "Wheat");
        assertThat(names(api().get("/api/v1/items?categoryId=" + grains, tenant()))).containsExactly("Rice", "Wheat");
        assertThat(names(api().get("/api/v1/items?search=whe", tenant()))).containsExactly("Wheat");
        assertThat(names(api().get("/api/v1/items?search=WHT", tenant()))).containsExactly("Wheat");
        api().delete("/api/v1/items/" + oil, tenant());
        ApiResponse afterDelete = api().get("/api/v1/items?limit=1", tenant());
        assertThat(afterDelete.header("x-total-count")).isEqualTo("2");
        assertThat(api().get("/api/v1/items/" + oil, tenant()).status()).isEqualTo(404);
        assertThat(api().get("/api/v1/items/not-a-uuid", tenant()).status()).isEqualTo(400);
        assertThat(api().get("/api/v1/items?categoryId=x", tenant()).status()).isEqualTo(400);
    }

    @Test
    @SuppressWarnings("unchecked")
    void lowStockListsItemsAtOrBelowTheirThresholdAndNeverThoseWithout() {
        String kg = api().post("/api/v1/units", object("name", "Kilogram", "short_name", "kg", "decimal_places", 3), tenant()).text("id");
        String low = createItem("name", "Low", "current_stock", 2, "low_stock_threshold", 5, "unit_id", kg);
        createItem("name", "Plenty", "current_stock", 50, "low_stock_threshold", 5);
        createItem("name", "Empty at zero", "low_stock_threshold", 0);
        String unwatched = createItem("name", "No threshold");
        createItem("name", "Consulting", "inventory_type", "services", "sac_code", "998311", "low_stock_threshold", 1);
        List<Map<String, Object>> rows = api().get("/api/v1/items/low-stock", tenant()).list().stream()
                .map(r -> (Map<String, Object>) r).toList();
        assertThat(rows).extracting(r -> r.get("name")).containsExactly("Empty at zero", "Low");
        assertThat(rows.get(0)).containsEntry("unit", null).containsEntry("current_stock", "0.000")
                .containsEntry("low_stock_threshold", "0.000");
        assertThat(rows.get(1)).containsEntry("id", low).containsEntry("unit", "kg").containsEntry("current_stock", "2.000")
                .containsEntry("low_stock_threshold", "5.000").containsEntry("unit_id", kg);
        assertThat(api().get("/api/v1/items/" + unwatched, tenant()).map()).containsEntry("low_stock_threshold", null);
        adjust(low, "increase", 10);
        assertThat(names(api().get("/api/v1/items/low-stock", tenant()))).containsExactly("Empty at zero");
        ApiResponse watched = api().patch("/api/v1/items/" + unwatched, object("low_stock_threshold", "1"), tenant());
        assertThat(watched.map()).containsEntry("low_stock_threshold", "1.000");
        assertThat(names(api().get("/api/v1/items/low-stock", tenant()))).containsExactly("Empty at zero", "No threshold");
    }

    @Test
    void unitsBoundTheDecimalsOfQuantities() {
        String pieces = api().post("/api/v1/units", object("name", "Pieces", "short_name", "pcs", "decimal_places", 0), tenant()).text("id");
        assertThat(api().post("/api/v1/items", object("name", "Bolt", "unit_id", pieces, "current_stock", "1.5"), tenant()).status())
                .isEqualTo(400);
        String bolt = createItem("name", "Bolt", "unit_id", pieces, "current_stock", 10);
        assertThat(adjust(bolt, "decrease", "0.5").status()).isEqualTo(400);
        assertThat(api().post("/api/v1/units", object("name", "Pieces again", "short_name", "PCS", "decimal_places", 0), tenant()).status())
                .isEqualTo(409);
        assertThat(api().post("/api/v1/units", object("name", "Bad", "short_name", "b", "decimal_places", 4), tenant()).status())
                .isEqualTo(400);
        assertThat(api().delete("/api/v1/units/" + pieces, tenant()).status()).as("in use").isEqualTo(409);
        assertThat(api().get("/api/v1/units", tenant()).list()).hasSize(1);
    }

    @Test
    void categoriesFormATreeWithoutCycles() {
        String root = api().post("/api/v1/categories", object("name", "Food"), tenant()).text("id");
        String child = api().post("/api/v1/categories", object("name", "Grains", "parent_id", root), tenant()).text("id");
        String grandchild = api().post("/api/v1/categories", object("name", "Rice", "parent_id", child), tenant()).text("id");
        ApiResponse cycle = api().patch("/api/v1/categories/" + root, object("parent_id", grandchild), tenant());
        assertThat(cycle.status()).isEqualTo(400);
        assertThat(cycle.text("message")).contains("parent_id");
        assertThat(api().patch("/api/v1/categories/" + root, object("parent_id", root), tenant()).status()).isEqualTo(400);
        assertThat(api().post("/api/v1/categories", object("name", "grains", "parent_id", root), tenant()).status()).isEqualTo(409);
        assertThat(api().delete("/api/v1/categories/" + child, tenant()).status()).as("has a child").isEqualTo(409);
        assertThat(api().get("/api/v1/categories", tenant()).list()).hasSize(3);
    }

    private static List<Object> names(ApiResponse response) {
        return names(response.list());
    }

    @SuppressWarnings("unchecked")
    private static List<Object> names(Object rows) {
        return ((List<Object>) rows).stream().map(o -> ((Map<String, Object>) o).get("name")).toList();
    }
}
