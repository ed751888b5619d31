package com.bizsuite.inventory;

import com.bizsuite.testing.ApiResponse;
import com.bizsuite.testing.Concurrently;
import com.bizsuite.testing.InventoryApiFixture;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import static com.bizsuite.testing.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

/** Adjustments sent at the same time are committed together, and each is still answered and audited as its own. */
@MicronautTest(transactional = false)
class AdjustmentGroupsIT extends InventoryApiFixture {

    @Inject
    DataSource dataSource;

    @Inject
    DataSourceResolver resolver;

    @Test
    void badRequestsInAGroupFailAloneAndEveryGoodOneIsAnsweredAndAuditedAsItsOwn() throws Exception {
        newBusiness();
        String item = createItem("current_stock", 6);
        String service = createItem("inventory_type", "services", "sac_code", "998311");
        String unknown = UUID.randomUUID().toString();
        List<Callable<ApiResponse>> calls = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            int kind = i % 4;
            calls.add(() -> switch (kind) {
                case 0 -> adjust(service, "increase", 1);
                case 1 -> adjust(unknown, "decrease", 1);
                default -> adjust(item, "decrease", 1);
            });
        }
        List<ApiResponse> answers = Concurrently.all(calls);

        Map<Integer, Integer> statuses = new HashMap<>();
        answers.forEach(a -> statuses.merge(a.status(), 1, Integer::sum));
        assertThat(statuses).as(answers.toString()).containsEntry(400, 6).containsEntry(404, 6).containsEntry(200, 6).containsEntry(409, 6);
        assertThat(answers).filteredOn(a -> a.status() == 409)
                .allSatisfy(a -> assertThat(a.text("message")).contains("available 0.000").contains("requested 1"));
        List<ApiResponse> applied = answers.stream().filter(a -> a.status() == 200).toList();
        assertThat(applied.stream().map(a -> a.text("adjustment.id")).distinct()).hasSize(6);
        assertThat(applied.stream().map(a -> a.text("adjustment.new_stock")).sorted())
                .containsExactly("0.000", "1.000", "2.000", "3.000", "4.000", "5.000");
        assertThat(stockOf(item)).isEqualByComparingTo("0");
        assertThat(ledgerSum(item)).isEqualByComparingTo(stockOf(item));

        Map<String, String> auditedRequestByMovement = auditedAdjustments();
        assertThat(auditedRequestByMovement).hasSize(6);
        for (ApiResponse a : applied) {
            assertThat(auditedRequestByMovement.get(a.text("adjustment.id"))).as("the audit entry names its own request")
                    .isEqualTo(a.header("X-Request-ID"));
        }
        assertThat(api().get("/api/v1/businesses/" + business + "/audit-logs/verify", tenant()).at("ok")).isEqualTo(true);
    }

    @Test
    void manyItemsAdjustedTogetherEachKeepTheirOwnOrderAndLedger() throws Exception {
        newBusiness();
        List<String> items = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            items.add(createItem("current_stock", 3));
        }
        List<Callable<ApiResponse>> calls = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            String item = items.get(i % 4);
            String type = i % 3 == 0 ? "increase" : "decrease";
            calls.add(() -> adjust(item, type, 1));
        }
        List<ApiResponse> answers = Concurrently.all(calls);
        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.toString()).isIn(200, 409));
        for (String item : items) {
            assertThat(stockOf(item).signum()).isGreaterThanOrEqualTo(0);
            assertThat(ledgerSum(item)).isEqualByComparingTo(stockOf(item));
            assertThat(ledgerRows(item)).isEqualTo(1 + (int) answers.stream()
                    .filter(a -> a.status() == 200 && a.text("item.id").equals(item)).count());
        }
        assertThat(api().get("/api/v1/businesses/" + business + "/audit-logs/verify", tenant()).at("ok")).isEqualTo(true);
    }

    @Test
    void anAdjustmentWithAnIdempotencyKeyIsAppliedOnceAndReplayed() throws Exception {
        newBusiness();
        String item = createItem("current_stock", 5);
        String[] headers = tenant("Idempotency-Key", "adjust-" + UUID.randomUUID());
        List<Callable<ApiResponse>> calls = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            calls.add(() -> api().post("/api/v1/stock/adjust", object("item_id", item, "adjustment_type", "decrease", "quantity", 2), headers));
        }
        List<ApiResponse> answers = Concurrently.all(calls);
        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.toString()).isIn(200, 409));
        assertThat(answers).filteredOn(a -> a.status() == 200 && a.header("Idempotent-Replay") == null).hasSize(1);
        assertThat(stockOf(item)).isEqualByComparingTo("3");
        assertThat(ledgerRows(item)).isEqualTo(2);
    }

    @Test
    void setsArriveAmongIncreasesAndDecreasesAndEachTakesTheStockAsItFoundIt() throws Exception {
        newBusiness();
        String item = createItem("current_stock", 5);
        List<Callable<ApiResponse>> calls = new ArrayList<>();
        for (int i = 0; i < 18; i++) {
            int kind = i % 6;
            calls.add(() -> switch (kind) {
                case 0 -> adjust(item, "set", 2);
                case 1 -> adjust(item, "increase", 1);
                default -> adjust(item, "decrease", 1);
            });
        }
        List<ApiResponse> answers = Concurrently.all(calls);

        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.toString()).isIn(200, 409));
        assertThat(answers).filteredOn(a -> "set".equals(a.text("adjustment.adjustment_type")))
                .hasSize(3).allSatisfy(a -> assertThat(a.text("adjustment.new_stock")).isEqualTo("2.000"));
        assertThat(ledgerSum(item)).isEqualByComparingTo(stockOf(item));
        assertThat(ledgerRows(item)).isEqualTo(1 + (int) answers.stream().filter(a -> a.status() == 200).count());
        List<String[]> chain = movementsOf(item);
        for (int k = 1; k < chain.size(); k++) {
            assertThat(chain.get(k)[0]).as("each movement starts where the one before ended").isEqualTo(chain.get(k - 1)[1]);
        }
        assertThat(api().get("/api/v1/businesses/" + business + "/audit-logs/verify", tenant()).at("ok")).isEqualTo(true);
    }

    // previous and resulting quantity of each of the item's movements, in the order they were made
    private List<String[]> movementsOf(String item) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        try (Connection c = resolver.resolve(dataSource).getConnection();
             PreparedStatement s = c.prepareStatement("SELECT previous_quantity, resulting_quantity FROM inventory.stock_movements "
                     + "WHERE item_id = ? ORDER BY id")) {
            s.setObject(1, UUID.fromString(item));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(new String[]{rs.getBigDecimal(1).stripTrailingZeros().toPlainString(),
                            rs.getBigDecimal(2).stripTrailingZeros().toPlainString()});
                }
            }
        }
        return rows;
    }

    // movement id -> request id of this business's stock.adjust audit entries
    private Map<String, String> auditedAdjustments() throws SQLException {
        Map<String, String> byMovement = new HashMap<>();
        try (Connection c = resolver.resolve(dataSource).getConnection();
             PreparedStatement s = c.prepareStatement("SELECT new_values::jsonb ->> 'id', request_id FROM business.audit_log "
                     + "WHERE business_id = ? AND action = 'stock.adjust'")) {
            s.setObject(1, UUID.fromString(business));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    byMovement.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return byMovement;
    }
}
