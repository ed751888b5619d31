package com.bizsuite.inventory.movements;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Quantity and value (at weighted average cost) per tracked item, with totals. */
@Singleton
class StockSummary {

    @Serdeable
    record Line(UUID itemId, String name, BigDecimal quantity, BigDecimal value) {
    }

    @Serdeable
    record Summary(List<Line> items, BigDecimal totalQuantity, BigDecimal totalValue) {
    }

    private final JdbcOperations jdbc;

    StockSummary(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    Summary of(UUID businessId) {
        List<Line> lines = jdbc.prepareStatement("""
                SELECT i.id, i.name, coalesce(sum(s.quantity), 0), coalesce(max(s.average_cost), 0)
                FROM inventory.items i LEFT JOIN inventory.stock_levels s ON s.business_id = i.business_id AND s.item_id = i.id
                WHERE i.business_id = ? AND i.deleted_at IS NULL AND i.track_stock AND i.inventory_type <> 'services'
                GROUP BY i.id, i.name ORDER BY lower(i.name), i.id""", s -> {
            s.setObject(1, businessId);
            List<Line> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    BigDecimal quantity = rs.getBigDecimal(3).setScale(3);
                    BigDecimal value = quantity.signum() > 0 ? quantity.multiply(rs.getBigDecimal(4)).setScale(2, RoundingMode.HALF_UP)
                            : new BigDecimal("0.00");
                    rows.add(new Line(rs.getObject(1, UUID.class), rs.getString(2), quantity, value));
                }
            }
            return rows;
        });
        BigDecimal quantity = lines.stream().map(Line::quantity).reduce(new BigDecimal("0.000"), BigDecimal::add);
        BigDecimal value = lines.stream().map(Line::value).reduce(new BigDecimal("0.00"), BigDecimal::add);
        return new Summary(lines, quantity, value);
    }
}
