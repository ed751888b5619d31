package com.bizsuite.suite.inventory;

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

/** Items written under the first inventory schema, then migrated: in a schema of its own, dropped afterwards. */
@MicronautTest(transactional = false)
class InventoryTypesMigrationIT extends ApiTest {

    private static final String FIRST_VERSION = "20261123150000";

    @Inject
    DataSource dataSource;

    @Inject
    DataSourceResolver resolver;

    @Test
    void goodsBecomeTradingGoodsAndServiceBecomesServices() throws SQLException {
        DataSource pool = resolver.resolve(dataSource);
        String schema = "inventory_types_" + System.nanoTime();
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            try {
                flyway(pool, schema).target(FIRST_VERSION).load().migrate();
                s.execute(insert(schema, "Rice", "goods"));
                s.execute(insert(schema, "Repair", "service"));
                flyway(pool, schema).load().migrate();
                Map<String, String> types = new LinkedHashMap<>();
                try (ResultSet rs = s.executeQuery("SELECT name, inventory_type FROM " + schema + ".items ORDER BY name")) {
                    while (rs.next()) {
                        types.put(rs.getString(1), rs.getString(2));
                    }
                }
                assertThat(types).containsExactly(Map.entry("Repair", "services"), Map.entry("Rice", "trading_goods"));
                assertThatThrownBy(() -> s.execute(insert(schema, "Old", "goods"))).isInstanceOf(SQLException.class);
                s.execute(insert(schema, "Cloth", "finished_goods"));
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
