package com.bizsuite.inventory.stock;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * The only writer of stock. Every change is one conditional UPDATE of the item's stock row
 * (so concurrent decrements can never oversell) and one appended ledger row recording the
 * quantities before and after, in the caller's transaction.
 */
@Singleton
public class StockLedger {

    private final JdbcOperations jdbc;
    private final Warehouses warehouses;
    private final Clock clock;

    StockLedger(JdbcOperations jdbc, Warehouses warehouses, Clock clock) {
        this.jdbc = jdbc;
        this.warehouses = warehouses;
        this.clock = clock;
    }

    /**
     * Adds {@code delta} (negative to take away) to the item's stock. A decrease that would go
     * below zero while {@code allowNegative} is false throws {@link InsufficientStock} and changes nothing.
     */
    @Transactional
    public Movement change(UUID businessId, UUID itemId, BigDecimal delta, boolean allowNegative, MovementRequest request) {
        UUID warehouse = warehouses.defaultFor(businessId);
        ensureRow(businessId, itemId, warehouse);
        BigDecimal resulting = delta.signum() >= 0
                ? increase(businessId, itemId, warehouse, delta, request.rate())
                : decrease(businessId, itemId, warehouse, delta, allowNegative);
        if (resulting == null) {
            throw new InsufficientStock(itemId, delta.negate(), quantity(businessId, itemId));
        }
        return record(businessId, itemId, warehouse, delta, resulting.subtract(delta), resulting, request);
    }

    /** Sets the stock to {@code target} under a row lock; the ledger records the difference. */
    @Transactional
    public Movement set(UUID businessId, UUID itemId, BigDecimal target, MovementRequest request) {
        UUID warehouse = warehouses.defaultFor(businessId);
        ensureRow(businessId, itemId, warehouse);
        BigDecimal current = jdbc.prepareStatement("""
                SELECT quantity FROM inventory.stock_levels WHERE business_id = ? AND item_id = ? AND warehouse_id = ? FOR UPDATE""", s -> {
            s.setObject(1, businessId);
            s.setObject(2, itemId);
            s.setObject(3, warehouse);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getBigDecimal(1);
            }
        });
        BigDecimal delta = target.subtract(current);
        BigDecimal resulting = delta.signum() >= 0
                ? increase(businessId, itemId, warehouse, delta, request.rate())
                : decrease(businessId, itemId, warehouse, delta, true);
        return record(businessId, itemId, warehouse, delta, current, resulting, request);
    }

    /** The item's stock on hand, over all warehouses. */
    @Transactional(readOnly = true)
    public BigDecimal quantity(UUID businessId, UUID itemId) {
        return jdbc.prepareStatement("SELECT coalesce(sum(quantity), 0) FROM inventory.stock_levels WHERE business_id = ? AND item_id = ?", s -> {
            s.setObject(1, businessId);
            s.setObject(2, itemId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getBigDecimal(1).setScale(3);
            }
        });
    }

    private void ensureRow(UUID businessId, UUID itemId, UUID warehouse) {
        jdbc.prepareStatement("""
                INSERT INTO inventory.stock_levels (business_id, item_id, warehouse_id, quantity, average_cost, updated_at)
                VALUES (?, ?, ?, 0, 0, now()) ON CONFLICT DO NOTHING""", s -> {
            s.setObject(1, businessId);
            s.setObject(2, itemId);
            s.setObject(3, warehouse);
            return s.executeUpdate();
        });
    }

    // Weighted average: (units on hand x their average cost + units added x their cost) / units after.
    private BigDecimal increase(UUID businessId, UUID itemId, UUID warehouse, BigDecimal delta, BigDecimal rate) {
        return jdbc.prepareStatement("""
                UPDATE inventory.stock_levels
                   SET average_cost = CASE WHEN CAST(? AS numeric) IS NULL OR greatest(quantity, 0) + ? = 0 THEN average_cost
                                           ELSE round((greatest(quantity, 0) * average_cost + ? * CAST(? AS numeric)) / (greatest(quantity, 0) + ?), 4) END,
                       quantity = quantity + ?, updated_at = now()
                 WHERE business_id = ? AND item_id = ? AND warehouse_id = ?
                RETURNING quantity""", s -> {
            s.setBigDecimal(1, rate);
            s.setBigDecimal(2, delta);
            s.setBigDecimal(3, delta);
            s.setBigDecimal(4, rate);
            s.setBigDecimal(5, delta);
            s.setBigDecimal(6, delta);
            s.setObject(7, businessId);
            s.setObject(8, itemId);
            s.setObject(9, warehouse);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getBigDecimal(1);
            }
        });
    }

    private BigDecimal decrease(UUID businessId, UUID itemId, UUID warehouse, BigDecimal delta, boolean allowNegative) {
        return jdbc.prepareStatement("""
                UPDATE inventory.stock_levels SET quantity = quantity + ?, updated_at = now()
                 WHERE business_id = ? AND item_id = ? AND warehouse_id = ? AND (? OR quantity + ? >= 0)
                RETURNING quantity""", s -> {
            s.setBigDecimal(1, delta);
            s.setObject(2, businessId);
            s.setObject(3, itemId);
            s.setObject(4, warehouse);
            s.setBoolean(5, allowNegative);
            s.setBigDecimal(6, delta);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getBigDecimal(1) : null;
            }
        });
    }

    private Movement record(UUID businessId, UUID itemId, UUID warehouse, BigDecimal delta, BigDecimal previous, BigDecimal resulting,
                            MovementRequest r) {
        Instant now = clock.instant();
        long id = jdbc.prepareStatement("""
                INSERT INTO inventory.stock_movements (business_id, item_id, warehouse_id, movement_type, quantity, rate, previous_quantity,
                    resulting_quantity, reference_type, reference_id, reference_line, direction, reason, notes, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""", s -> {
            s.setObject(1, businessId);
            s.setObject(2, itemId);
            s.setObject(3, warehouse);
            s.setString(4, r.movementType());
            s.setBigDecimal(5, delta);
            s.setBigDecimal(6, r.rate());
            s.setBigDecimal(7, previous);
            s.setBigDecimal(8, resulting);
            s.setString(9, r.referenceType());
            s.setObject(10, r.referenceId());
            s.setObject(11, r.referenceLine());
            s.setString(12, r.direction());
            s.setString(13, r.reason());
            s.setString(14, r.notes());
            s.setObject(15, r.createdBy());
            s.setTimestamp(16, Timestamp.from(now));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        return new Movement(id, businessId, itemId, r.movementType(), delta.setScale(3), r.rate(), previous.setScale(3),
                resulting.setScale(3), r.referenceType(), r.referenceId(), r.referenceLine(), r.direction(), r.reason(), r.notes(),
                r.createdBy(), now);
    }
}
