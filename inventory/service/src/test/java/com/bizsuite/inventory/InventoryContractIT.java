package com.bizsuite.inventory;

import com.bizsuite.testing.ApiResponse;
import com.bizsuite.testing.InventoryApiFixture;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static com.bizsuite.testing.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The old system's inventory contract (its DTOs and what its web client sends and reads): every
 * old enumeration value is accepted, every optional field may be left out and takes the old
 * default, and every old response field is answered.
 */
@MicronautTest(transactional = false)
class InventoryContractIT extends InventoryApiFixture {

    private static final String[] OLD_ITEM_FIELDS = {"id", "business_id", "category_id", "unit_id", "name", "sku", "barcode", "hsn_code",
            "sac_code", "description", "image_url", "inventory_type", "selling_price", "purchase_price", "mrp", "discount_percent",
            "tax_rate", "cess_rate", "tax_inclusive", "current_stock", "low_stock_threshold", "track_stock", "track_serial", "track_batch",
            "valuation_method", "weighted_avg_cost", "status", "created_at", "updated_at"};
    private static final String[] OLD_LOW_STOCK_FIELDS = {"id", "name", "current_stock", "low_stock_threshold", "unit"};
    private static final String[] ADJUSTMENT_FIELDS = {"id", "item_id", "adjustment_type", "quantity", "previous_stock", "new_stock",
            "rate", "reason", "notes", "created_by", "created_at"};
    private static final String[] UNIT_FIELDS = {"id", "business_id", "name", "short_name", "decimal_places", "created_at", "updated_at"};
    private static final String[] CATEGORY_FIELDS = {"id", "business_id", "name", "parent_id", "description", "created_at", "updated_at"};

    @BeforeEach
    void business() {
        newBusiness();
    }

    @Test
    void anItemWithOnlyANameTakesTheOldDefaults() {
        ApiResponse created = api().post("/api/v1/items", object("name", "Plain"), tenant());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Map<String, Object> item = created.map();
        assertThat(item).containsKeys(OLD_ITEM_FIELDS);
        for (String empty : List.of("category_id", "unit_id", "sku", "barcode", "hsn_code", "sac_code", "description", "image_url", "mrp",
                "low_stock_threshold")) {
            assertThat(item).as(empty).containsEntry(empty, null);
        }
        assertThat(item).containsEntry("inventory_type", "trading_goods").containsEntry("selling_price", "0.00")
                .containsEntry("purchase_price", "0.00").containsEntry("discount_percent", "0.00").containsEntry("tax_rate", "0.00")
                .containsEntry("cess_rate", "0.00").containsEntry("tax_inclusive", false).containsEntry("current_stock", "0.000")
                .containsEntry("track_stock", true).containsEntry("track_serial", false).containsEntry("track_batch", false)
                .containsEntry("valuation_method", "weighted_average").containsEntry("weighted_avg_cost", "0.00")
                .containsEntry("status", "active");
        assertThat(api().get("/api/v1/items/low-stock", tenant()).list()).as("no threshold, no alert").isEmpty();
        assertThat(ledgerRows(created.text("id"))).as("no opening stock, no ledger row").isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyOldItemFieldIsAcceptedAndEveryOldResponseFieldAnswered() {
        String unit = api().post("/api/v1/units", object("name", "Pieces", "short_name", "pcs"), tenant()).text("id");
        String category = api().post("/api/v1/categories", object("name", "Hardware"), tenant()).text("id");
        ApiResponse created = api().post("/api/v1/items", object("name", "Drill", "category_id", category, "unit_id", unit,
                "sku", "DRL-1", "barcode", "8900000000017", "hsn_code", "8467", "description", "Cordless",
                "inventory_type", "finished_goods",
                "selling_price", 2500, "purchase_price", 10, "mrp", 2999, "discount_percent", 5, "tax_rate", 18, "cess_rate", 0,
                "tax_inclusive", true, "current_stock", 1, "low_stock_threshold", 2, "track_stock", true, "track_serial", true,
                "track_batch", true), tenant());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.map()).containsKeys(OLD_ITEM_FIELDS).containsEntry("track_serial", true).containsEntry("track_batch", true)
                .containsEntry("tax_inclusive", true).containsEntry("weighted_avg_cost", "10.00").containsEntry("average_cost", "10.0000");
        String id = created.text("id");

        // the average is kept to 4 decimals: (1 x 10.00 + 3 x 10.01) / 4 = 10.0075, shown to 2 as the old weighted_avg_cost
        ApiResponse adjusted = api().post("/api/v1/stock/adjust", object("item_id", id, "adjustment_type", "increase", "quantity", 3,
                "rate", "10.01"), tenant());
        Map<String, Object> item = (Map<String, Object>) adjusted.map().get("item");
        assertThat(item).containsKeys(OLD_ITEM_FIELDS).containsEntry("average_cost", "10.0075").containsEntry("weighted_avg_cost", "10.01")
                .containsEntry("status", "active").containsEntry("valuation_method", "weighted_average");

        ApiResponse patched = api().patch("/api/v1/items/" + id, object("track_serial", false, "current_stock", 4), tenant());
        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        assertThat(patched.map()).containsKeys(OLD_ITEM_FIELDS).containsEntry("track_serial", false).containsEntry("track_batch", true);
        assertThat(api().get("/api/v1/items/" + id, tenant()).map()).containsKeys(OLD_ITEM_FIELDS).containsEntry("track_serial", false)
                .containsEntry("track_batch", true).containsEntry("image_url", null);
        assertThat((Map<String, Object>) api().get("/api/v1/items", tenant()).list().getFirst()).containsKeys(OLD_ITEM_FIELDS);

        api().patch("/api/v1/items/" + id, object("low_stock_threshold", 4), tenant());
        Map<String, Object> low = (Map<String, Object>) api().get("/api/v1/items/low-stock", tenant()).list().getFirst();
        assertThat(low).containsKeys(OLD_LOW_STOCK_FIELDS).containsEntry("id", id).containsEntry("unit", "pcs")
                .containsEntry("current_stock", "4.000").containsEntry("low_stock_threshold", "4.000");

        ApiResponse image = api().post("/api/v1/items", object("name", "Pictured", "image_url", "https://example.com/a.png"), tenant());
        assertThat(image.status()).as("the old DTOs had no image_url").isEqualTo(400);
        assertThat(image.body()).contains("image_url");
    }

    @Test
    void everyOldEnumerationValueIsAccepted() {
        for (String type : List.of("raw_material", "wip", "finished_goods", "trading_goods", "consumables", "services")) {
            ApiResponse created = api().post("/api/v1/items", object("name", type, "inventory_type", type), tenant());
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            assertThat(created.map()).containsEntry("inventory_type", type).containsEntry("track_stock", !type.equals("services"));
            String patchedTo = type.equals("services") ? "wip" : "services";
            assertThat(api().patch("/api/v1/items/" + created.text("id"), object("inventory_type", patchedTo), tenant()).map())
                    .containsEntry("inventory_type", patchedTo);
        }
        String item = createItem("current_stock", 10);
        for (String adjustment : List.of("increase", "decrease", "set")) {
            ApiResponse adjusted = adjust(item, adjustment, 2);
            assertThat(adjusted.status()).as(adjusted.toString()).isEqualTo(200);
            assertThat(adjusted.text("adjustment.adjustment_type")).isEqualTo(adjustment);
        }
        assertThat(stockOf(item)).isEqualByComparingTo("2");
    }

    @Test
    @SuppressWarnings("unchecked")
    void adjustmentsAndTheirHistoryRowsCarryTheOldFieldsAndUuidIds() {
        String item = createItem("current_stock", 5);
        Set<String> ids = new HashSet<>();
        for (String type : List.of("increase", "decrease", "set")) {
            ApiResponse adjusted = adjust(item, type, 1);
            assertThat(adjusted.status()).as(adjusted.toString()).isEqualTo(200);
            assertThat(adjusted.map()).containsKeys("item", "adjustment");
            Map<String, Object> adjustment = (Map<String, Object>) adjusted.map().get("adjustment");
            assertThat(adjustment).containsKeys(ADJUSTMENT_FIELDS).containsEntry("item_id", item).containsEntry("quantity", "1.000")
                    .containsEntry("rate", null).containsEntry("reason", null).containsEntry("notes", null)
                    .containsEntry("created_by", owner.userId());
            ids.add(uuidV4((String) adjustment.get("id")));
        }
        assertThat(ids).hasSize(3);
        List<Map<String, Object>> rows = api().get("/api/v1/stock/items/" + item + "/history", tenant()).list().stream()
                .map(r -> (Map<String, Object>) r).toList();
        assertThat(rows).hasSize(4).allSatisfy(row -> assertThat(row).containsKeys(ADJUSTMENT_FIELDS));
        assertThat(rows.subList(0, 3)).extracting(row -> row.get("id")).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(rows).extracting(row -> row.get("adjustment_type")).containsExactly("set", "decrease", "increase", null);
        uuidV4((String) rows.get(3).get("id"));
    }

    @Test
    void unitsAndCategoriesTakeTheOldOptionalFieldsAndDefaults() {
        ApiResponse unit = api().post("/api/v1/units", object("name", "Pieces", "short_name", "pcs"), tenant());
        assertThat(unit.status()).as(unit.toString()).isEqualTo(201);
        assertThat(unit.map()).containsKeys(UNIT_FIELDS).containsEntry("decimal_places", 0);
        ApiResponse litre = api().post("/api/v1/units", object("name", "Litre", "short_name", "ltr", "decimal_places", 3), tenant());
        assertThat(litre.map()).containsKeys(UNIT_FIELDS).containsEntry("decimal_places", 3);
        assertThat(api().get("/api/v1/units", tenant()).list()).hasSize(2);

        ApiResponse root = api().post("/api/v1/categories", object("name", "Food"), tenant());
        assertThat(root.status()).as(root.toString()).isEqualTo(201);
        assertThat(root.map()).containsKeys(CATEGORY_FIELDS).containsEntry("parent_id", null).containsEntry("description", null);
        ApiResponse child = api().post("/api/v1/categories", object("name", "Grains", "parent_id", root.text("id"),
                "description", "Rice and wheat"), tenant());
        assertThat(child.map()).containsKeys(CATEGORY_FIELDS).containsEntry("parent_id", root.text("id"))
                .containsEntry("description", "Rice and wheat");
        assertThat(api().get("/api/v1/categories", tenant()).list()).hasSize(2);
    }

    @Test
    void listsWithoutALimitAreWhole() {
        int count = 51;
        String item = createItem("current_stock", 1);
        for (int k = 1; k < count; k++) {
            createItem("name", "Item " + k);
            assertThat(adjust(item, "increase", 1).status()).isEqualTo(200);
        }
        assertThat(api().get("/api/v1/items", tenant()).list()).hasSize(count);
        assertThat(api().get("/api/v1/stock/items/" + item + "/history", tenant()).list()).hasSize(count);
    }

    private static String uuidV4(String id) {
        assertThat(UUID.fromString(id).version()).as(id).isEqualTo(4);
        return id;
    }
}
