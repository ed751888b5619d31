package com.bizsuite.inventory;

import com.bizsuite.testing.ApiTest;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rows written under an earlier inventory schema, then migrated: in a schema of its own, dropped afterwards. */
@MicronautTest(transactional = false)
class InventoryTypesMigrationIT extends ApiTest {

    private static final String FIRST_VERSION = "20261123150000";
    private static final String BEFORE_OLD_ITEM_FIELDS = "20261206003000";

    @Inject
    DataSource dataSource;

    @Inject
    DataSourceResolver resolver;

    @Test
    void goodsBecomeTradingGoodsAndServiceBecomesServices() throws SQLException {
        migrated(FIRST_VERSION, (s, schema) -> {
            s.execute(insert(schema, "Rice", "goods"));
            s.execute(insert(schema, "Repair", "service"));
        }, (s, schema) -> {
            Map<String, String> types = new LinkedHashMap<>();
            try (ResultSet rs = s.executeQuery("SELECT name, inventory_type FROM " + schema + ".items ORDER BY name")) {
                while (rs.next()) {
                    types.put(rs.getString(1), rs.getString(2));
                }
            }
            assertThat(types).containsExactly(Map.entry("Repair", "services"), Map.entry("Rice", "trading_goods"));
            assertThatThrownBy(() -> s.execute(insert(schema, "Old", "goods"))).isInstanceOf(SQLException.class);
            s.execute(insert(schema, "Cloth", "finished_goods"));
        });
    }

    @Test
    void ledgerRowsGetTheirOwnUuidAndItemsKeepTheirThresholds() throws SQLException {
        migrated(BEFORE_OLD_ITEM_FIELDS, (s, schema) -> {
            s.execute(insert(schema, "Rice", "trading_goods"));
            s.execute("INSERT INTO " + schema + ".warehouses (id, business_id, name, is_default, created_at)"
                    + " SELECT gen_random_uuid(), business_id, 'Main', true, now() FROM " + schema + ".items");
            for (int row = 0; row < 2; row++) {
                s.execute("INSERT INTO " + schema + ".stock_movements (business_id, item_id, warehouse_id, movement_type, quantity,"
                        + " previous_quantity, resulting_quantity, created_at) SELECT i.business_id, i.id, w.id, 'adjust_increase', 1, "
                        + row + ", " + (row + 1) + ", now() FROM " + schema + ".items i, " + schema + ".warehouses w");
            }
        }, (s, schema) -> {
            try (ResultSet rs = s.executeQuery("SELECT count(DISTINCT public_id), count(*) FROM " + schema + ".stock_movements")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(rs.getInt(2)).isEqualTo(2);
            }
            try (ResultSet rs = s.executeQuery("SELECT low_stock_threshold, track_serial, track_batch FROM " + schema + ".items")) {
                rs.next();
                assertThat(rs.getBigDecimal(1)).isEqualByComparingTo("0");
                assertThat(rs.getBoolean(2)).isFalse();
                assertThat(rs.getBoolean(3)).isFalse();
            }
            s.execute("UPDATE " + schema + ".items SET low_stock_threshold = NULL");
            assertThatThrownBy(() -> s.execute("UPDATE " + schema + ".stock_movements SET notes = 'x'"))
                    .as("still append-only").isInstanceOf(SQLException.class);
        });
    }

    /** What a test does with the rows of its schema. */
    @FunctionalInterface
    private interface Rows {
        void in(Statement s, String schema) throws SQLException;
    }

    /** Writes rows under the schema as of {@code version}, migrates to the newest, then checks them; the schema is dropped afterwards. */
    private void migrated(String version, Rows write, Rows check) throws SQLException {
        DataSource pool = resolver.resolve(dataSource);
        String schema = "inventory_migrated_" + System.nanoTime();
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            try {
                flyway(pool, schema).target(version).load().migrate();
                write.in(s, schema);
                flyway(pool, schema).load().migrate();
                check.in(s, schema);
            } finally {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    private static FluentConfiguration flyway(DataSource pool, String schema) {
        return Flyway.configure().dataSource(pool).schemas(schema).defaultSchema(schema).createSchemas(true)
                .table("flyway_schema_history").locations("classpath:db/inventory");
    }

    private static String insert(String schema, String name, String type) {
        return "INSERT INTO " + schema + ".items (id, business_id, name, inventory_type, selling_price, purchase_price, discount_percent,"
                + " tax_rate, cess_rate, tax_inclusive, low_stock_threshold, track_stock, created_by, created_at, updated_at)"
                + " VALUES (gen_random_uuid(), gen_random_uuid(), '" + name + "', '" + type + "', 0, 0, 0, 0, 0, false, 0, true,"
                + " gen_random_uuid(), now(), now())";
    }
}
