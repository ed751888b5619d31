package com.bizsuite.inventory.stock;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads of stock: levels for a page of items, an item's history. */
@Singleton
public class StockQueries {

    /** Quantity on hand, weighted average unit cost and value (quantity x cost, 2 decimals; 0 when nothing is on hand). */
    public record Level(BigDecimal quantity, BigDecimal averageCost, BigDecimal value) {

        public static final Level NONE = new Level(new BigDecimal("0.000"), new BigDecimal("0.0000"), new BigDecimal("0.00"));

        static Level of(BigDecimal quantity, BigDecimal averageCost) {
            BigDecimal q = quantity.setScale(3);
            BigDecimal cost = averageCost.setScale(4);
            return new Level(q, cost, q.signum() > 0 ? q.multiply(cost).setScale(2, RoundingMode.HALF_UP) : new BigDecimal("0.00"));
        }
    }

    static final String MOVEMENT_COLUMNS = """
            public_id, business_id, item_id, movement_type, quantity, rate, previous_quantity, resulting_quantity, reference_type,
            reference_id, reference_line, direction, reason, notes, created_by, created_at""";

    private final JdbcOperations jdbc;

    StockQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Map<UUID, Level> levels(UUID businessId, Collection<UUID> itemIds) {
        Map<UUID, Level> levels = new HashMap<>();
        if (itemIds.isEmpty()) {
            return levels;
        }
        jdbc.prepareStatement("""
                SELECT item_id, sum(quantity), max(average_cost) FROM inventory.stock_levels
                WHERE business_id = ? AND item_id = ANY (?) GROUP BY item_id""", s -> {
            s.setObject(1, businessId);
            s.setArray(2, s.getConnection().createArrayOf("uuid", itemIds.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    levels.put(rs.getObject(1, UUID.class), Level.of(rs.getBigDecimal(2), rs.getBigDecimal(3)));
                }
            }
            return null;
        });
        return levels;
    }

    // the stock before and after each row is read as stored: StockLedger writes it in the statement that
    // changes the stock row, under that row's lock, so it is exact; a running sum over the item's ledger
    // (a window function) would read every older row of the item for each page
    @Transactional(readOnly = true)
    public List<Movement> history(UUID businessId, UUID itemId, long offset, int limit) {
        return jdbc.prepareStatement("SELECT " + MOVEMENT_COLUMNS
                + " FROM inventory.stock_movements WHERE business_id = ? AND item_id = ? ORDER BY id DESC OFFSET ? LIMIT ?", s -> {
            s.setObject(1, businessId);
            s.setObject(2, itemId);
            s.setLong(3, offset);
            s.setInt(4, limit);
            return movements(s);
        });
    }

    @Transactional(readOnly = true)
    public long historyCount(UUID businessId, UUID itemId) {
        return jdbc.prepareStatement("SELECT count(*) FROM inventory.stock_movements WHERE business_id = ? AND item_id = ?", s -> {
            s.setObject(1, businessId);
            s.setObject(2, itemId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private static List<Movement> movements(PreparedStatement s) throws SQLException {
        try (ResultSet rs = s.executeQuery()) {
            return movements(rs);
        }
    }

    static List<Movement> movements(ResultSet rs) throws SQLException {
        List<Movement> rows = new ArrayList<>();
        while (rs.next()) {
            rows.add(new Movement(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class), rs.getString(4),
                    rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getString(9),
                    rs.getObject(10, UUID.class), (Integer) rs.getObject(11), rs.getString(12), rs.getString(13), rs.getString(14),
                    rs.getObject(15, UUID.class), rs.getTimestamp(16).toInstant()));
        }
        return rows;
    }
}
