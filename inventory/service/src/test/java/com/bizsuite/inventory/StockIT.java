package com.bizsuite.inventory;

import com.bizsuite.testing.ApiResponse;
import com.bizsuite.testing.InventoryApiFixture;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.bizsuite.testing.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class StockIT extends InventoryApiFixture {

    @Inject
    DataSource dataSource;

    @Inject
    DataSourceResolver resolver;

    @Test
    void adjustmentsAddNumbersNotStrings() {
        newBusiness();
        String item = createItem("current_stock", 10);
        ApiResponse increased = adjust(item, "increase", "5");
        assertThat(increased.status()).as(increased.toString()).isEqualTo(200);
        assertThat(increased.text("item.current_stock")).isEqualTo("15.000");
        assertThat(increased.text("adjustment.previous_stock")).isEqualTo("10.000");
        assertThat(increased.text("adjustment.new_stock")).isEqualTo("15.000");
        assertThat(increased.map().get("adjustment")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsKeys("id", "item_id", "adjustment_type", "quantity", "previous_stock", "new_stock", "rate", "reason", "notes",
                        "created_by", "created_at");
        assertThat(adjust(item, "decrease", 3).text("item.current_stock")).isEqualTo("12.000");
        assertThat(adjust(item, "set", "7.5").text("item.current_stock")).isEqualTo("7.500");
        assertThat(ledgerSum(item)).isEqualByComparingTo("7.5");
        assertThat(ledgerRows(item)).isEqualTo(4);
    }

    @Test
    void theAdjustAnswerShowsTheItemAsAReadAfterwardsDoesOverEveryWarehouse() throws SQLException {
        newBusiness();
        String item = createItem("current_stock", 10, "purchase_price", "70.00");
        try (Connection c = resolver.resolve(dataSource).getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO inventory.warehouses (id, business_id, name, is_default, created_at) VALUES (gen_random_uuid(), '"
                    + business + "', 'Back room', false, now())");
            s.execute("INSERT INTO inventory.stock_levels (business_id, item_id, warehouse_id, quantity, average_cost, updated_at) "
                    + "SELECT business_id, '" + item + "', id, 4, 90, now() FROM inventory.warehouses WHERE business_id = '" + business
                    + "' AND NOT is_default");
        }
        ApiResponse increased = adjust(item, "increase", 2);
        assertThat(increased.status()).as(increased.toString()).isEqualTo(200);
        assertThat(increased.text("adjustment.new_stock")).as("the default warehouse").isEqualTo("12.000");
        ApiResponse read = api().get("/api/v1/items/" + item, tenant());
        assertThat(increased.text("item.current_stock")).isEqualTo(read.text("current_stock")).isEqualTo("16.000");
        assertThat(increased.text("item.average_cost")).isEqualTo(read.text("average_cost")).isEqualTo("90.0000");
        assertThat(increased.text("item.stock_value")).isEqualTo(read.text("stock_value"));
    }

    @Test
    void aRefusedFirstMoveLeavesNothingBehindForTheNext() {
        newBusiness();
        String item = createItem();
        assertThat(adjust(item, "decrease", 1).status()).isEqualTo(409);
        ApiResponse increased = adjust(item, "increase", 2);
        assertThat(increased.status()).as(increased.toString()).isEqualTo(200);
        assertThat(increased.text("item.current_stock")).isEqualTo("2.000");
        assertThat(ledgerRows(item)).isEqualTo(1);
    }

    @Test
    void aDecreaseBelowZeroIsRefusedAndMovesNothing() {
        newBusiness();
        String item = createItem("current_stock", 3);
        ApiResponse refused = adjust(item, "decrease", 5);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("message")).contains("available 3.000").contains("requested 5");
        assertThat(stockOf(item)).isEqualByComparingTo("3");
        assertThat(ledgerRows(item)).isEqualTo(1);
    }

    @Test
    void aBusinessThatAllowsNegativeStockMayGoBelowZero() {
        newBusiness("allow_negative_stock", true);
        String item = createItem("current_stock", 1);
        assertThat(adjust(item, "decrease", 4).text("item.current_stock")).isEqualTo("-3.000");
        assertThat(ledgerSum(item)).isEqualByComparingTo("-3");
    }

    @Test
    void aChangedNegativeStockSettingTakesEffectOnTheNextAdjustment() {
        newBusiness();
        String item = createItem("current_stock", 1);
        assertThat(adjust(item, "decrease", 2).status()).isEqualTo(409);
        assertThat(api().patch("/api/v1/businesses/" + business + "/settings", object("allow_negative_stock", true), tenant()).status())
                .isEqualTo(200);
        assertThat(adjust(item, "decrease", 2).text("item.current_stock")).isEqualTo("-1.000");
        assertThat(api().patch("/api/v1/businesses/" + business + "/settings", object("allow_negative_stock", false), tenant()).status())
                .isEqualTo(200);
        assertThat(adjust(item, "decrease", 1).status()).isEqualTo(409);
        assertThat(ledgerSum(item)).isEqualByComparingTo(stockOf(item)).isEqualByComparingTo("-1");
    }

    @Test
    void increasesWithARateKeepAWeightedAverageCost() {
        newBusiness();
        String item = createItem("current_stock", 10, "purchase_price", "100.00");
        api().post("/api/v1/stock/adjust", object("item_id", item, "adjustment_type", "increase", "quantity", 30, "rate", "120.00"), tenant());
        ApiResponse read = api().get("/api/v1/items/" + item, tenant());
        assertThat(read.text("average_cost")).isEqualTo("115.0000");
        assertThat(read.text("stock_value")).isEqualTo("4600.00");
        ApiResponse summary = api().get("/api/v1/stock/summary", tenant());
        assertThat(summary.text("total_quantity")).isEqualTo("40.000");
        assertThat(summary.text("total_value")).isEqualTo("4600.00");
    }

    @Test
    void badAdjustmentsAre400() {
        newBusiness();
        String item = createItem("current_stock", 3);
        assertThat(adjust(item, "multiply", 2).status()).isEqualTo(400);
        assertThat(adjust(item, "increase", -2).status()).isEqualTo(400);
        assertThat(adjust(item, "increase", "2a").status()).isEqualTo(400);
        assertThat(adjust(item, "increase", 0).status()).isEqualTo(400);
        assertThat(adjust("not-a-uuid", "increase", 1).status()).isEqualTo(400);
        assertThat(adjust(java.util.UUID.randomUUID().toString(), "increase", 1).status()).isEqualTo(404);
        String service = createItem("inventory_type", "services", "sac_code", "998311");
        assertThat(adjust(service, "increase", 1).status()).isEqualTo(400);
    }

    @Test
    void twentyConcurrentDecrementsOfOneOnTenSellExactlyTen() throws Exception {
        newBusiness();
        String item = createItem("current_stock", 10);
        List<Integer> statuses = run(20, i -> () -> adjust(item, "decrease", 1).status());
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(10);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(10);
        assertThat(stockOf(item)).isEqualByComparingTo("0");
        assertThat(ledgerRows(item)).as("opening + 10 sales").isEqualTo(11);
        assertThat(ledgerSum(item)).isEqualByComparingTo(stockOf(item));
    }

    @Test
    void fiftyConcurrentMixedChangesLeaveStockEqualToTheLedger() throws Exception {
        newBusiness();
        String item = createItem("current_stock", 20);
        List<Integer> statuses = run(50, i -> () -> adjust(item, i % 2 == 0 ? "increase" : "decrease", 1 + i % 3).status());
        assertThat(statuses).allMatch(s -> s == 200 || s == 409);
        BigDecimal stock = stockOf(item);
        assertThat(stock.signum()).isGreaterThanOrEqualTo(0);
        assertThat(ledgerSum(item)).isEqualByComparingTo(stock);
        assertThat(ledgerRows(item)).isEqualTo(1 + (int) statuses.stream().filter(s -> s == 200).count());
    }

    private interface Task {
        Callable<Integer> make(int i);
    }

    private static List<Integer> run(int n, Task task) throws Exception {
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            calls.add(task.make(i));
        }
        List<Integer> statuses = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(n)) {
            for (Future<Integer> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
        }
        return statuses;
    }
}
