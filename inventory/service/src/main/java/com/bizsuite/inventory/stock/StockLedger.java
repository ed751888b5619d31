package com.bizsuite.inventory.stock;

import com.bizsuite.platform.persistence.AfterCommit;
import com.bizsuite.platform.persistence.HotRowQueue;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The only writer of stock. Every change is one statement in the caller's transaction: a
 * conditional update (or upsert) of the item's stock row, so concurrent decrements can never
 * oversell, and the appended ledger row recording the quantities before and after.
 */
@Singleton
public class StockLedger {

    /** A change's ledger row and the item's stock over all warehouses right after it. */
    public record Changed(Movement movement, StockQueries.Level itemLevel) {
    }

    private final JdbcOperations jdbc;
    private final Warehouses warehouses;
    private final HotRowQueue queue;
    private final Clock clock;
    private final AfterCommit afterCommit;
    private final StockMoveCounter counter;

    StockLedger(JdbcOperations jdbc, Warehouses warehouses, HotRowQueue queue, Clock clock, AfterCommit afterCommit, StockMoveCounter counter) {
        this.jdbc = jdbc;
        this.warehouses = warehouses;
        this.queue = queue;
        this.clock = clock;
        this.afterCommit = afterCommit;
        this.counter = counter;
    }

    /**
     * Adds {@code delta} (negative to take away) to the item's stock. A decrease that would go
     * below zero while {@code allowNegative} is false throws {@link InsufficientStock} and changes nothing.
     * One statement changes the stock row and appends the ledger row.
     */
    @Transactional
    public Changed change(UUID businessId, UUID itemId, BigDecimal delta, boolean allowNegative, MovementRequest request) {
        UUID warehouse = warehouses.defaultFor(businessId);
        queue.enter(stockRow(itemId, warehouse));
        Changed moved = apply(businessId, warehouse, List.of(new Step(itemId, delta, delta.signum() >= 0 || allowNegative, request))).getFirst();
        if (moved == null) {
            throw new InsufficientStock(itemId, delta.negate(), quantity(businessId, itemId));
        }
        return moved;
    }

    /** One item's change within {@link #changeEach}. */
    public record Change(UUID itemId, BigDecimal delta, MovementRequest request) {
    }

    /**
     * Applies independent changes in one round trip, in the given order, which must be the
     * caller's lock order (by item). Per change the result, or null where that change would have
     * taken the stock below zero while {@code allowNegative} is false: it changed nothing, and
     * the changes after it were applied against the stock as it really was.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public List<Changed> changeEach(UUID businessId, List<Change> changes, boolean allowNegative) {
        if (changes.isEmpty()) {
            return List.of();
        }
        UUID warehouse = warehouses.defaultFor(businessId);
        changes.forEach(change -> queue.enter(stockRow(change.itemId(), warehouse)));
        return apply(businessId, warehouse, changes.stream()
                .map(c -> new Step(c.itemId(), c.delta(), c.delta().signum() >= 0 || allowNegative, c.request())).toList());
    }

    /**
     * Locks the default warehouse's stock rows of these items, those that exist, in item order (the
     * callers' lock order), and reads their quantities under the lock, so that the changes that
     * follow can be decided before any is made. Rows made later are locked as they are made.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public LockedStock lockRows(UUID businessId, Collection<UUID> itemIds, boolean allowNegative) {
        List<UUID> ordered = inLockOrder(itemIds);
        if (ordered.isEmpty()) {
            return new LockedStock(Map.of(), allowNegative);
        }
        UUID warehouse = warehouses.defaultFor(businessId);
        ordered.forEach(itemId -> queue.enter(stockRow(itemId, warehouse)));
        return jdbc.prepareStatement(LOCK_ROWS, s -> {
            bindRows(s, 1, businessId, warehouse, ordered);
            try (ResultSet rs = s.executeQuery()) {
                return locked(rs, allowNegative);
            }
        });
    }

    /** A document's type and id. */
    public record DocumentKey(String type, UUID id) {
    }

    /** Documents locked for this transaction: what each moved before, and the stock rows of their lines. */
    public record OpenDocuments(Map<DocumentKey, List<Movement>> earlier, LockedStock stock) {
    }

    /**
     * Locks documents for the rest of the transaction (an advisory lock per business, type and id,
     * taken in key order), reads what they moved before, then locks the stock rows of
     * {@code itemIds} as {@link #lockRows} does. The three statements go in one round trip and run
     * one after the other, so the read's snapshot is taken once the document locks are granted and
     * sees every application of these documents that committed before.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public OpenDocuments openDocuments(UUID businessId, List<DocumentKey> documents, Collection<UUID> itemIds, boolean allowNegative) {
        List<String> keys = documents.stream().map(d -> businessId + "|" + d.type() + "|" + d.id()).sorted().toList();
        List<UUID> ordered = inLockOrder(itemIds);
        UUID warehouse = warehouses.defaultFor(businessId);
        ordered.forEach(itemId -> queue.enter(stockRow(itemId, warehouse)));
        // each document is one lookup in the partial index on the document key. A plain join lets the generic
        // plan (the one kept after a few calls) hash-join a scan of all the business's movements, as it expects
        // the business to match every row: 4.6 ms a call on a bench database instead of 0.05. A lateral subquery
        // behind OFFSET 0 cannot be flattened into that join, so the index lookup per document stays.
        return jdbc.prepareStatement("SELECT pg_advisory_xact_lock(hashtextextended(key, 0)) FROM unnest(?) AS key; SELECT moved.* FROM"
                + " unnest(?, ?) AS document (document_type, document_id), LATERAL (SELECT " + StockQueries.MOVEMENT_COLUMNS
                + " FROM inventory.stock_movements WHERE business_id = ? AND reference_type = document.document_type"
                + " AND reference_id = document.document_id AND reference_id IS NOT NULL OFFSET 0) moved; " + LOCK_ROWS, s -> {
            s.setArray(1, s.getConnection().createArrayOf("text", keys.toArray()));
            s.setArray(2, s.getConnection().createArrayOf("text", documents.stream().map(DocumentKey::type).toArray()));
            s.setArray(3, s.getConnection().createArrayOf("uuid", documents.stream().map(DocumentKey::id).toArray()));
            s.setObject(4, businessId);
            bindRows(s, 5, businessId, warehouse, ordered);
            s.execute();
            if (!s.getMoreResults()) {
                throw new IllegalStateException("the movements read after the document locks gave no result");
            }
            Map<DocumentKey, List<Movement>> earlier = new HashMap<>();
            documents.forEach(d -> earlier.put(d, new ArrayList<>()));
            try (ResultSet rs = s.getResultSet()) {
                for (Movement m : StockQueries.movements(rs)) {
                    earlier.get(new DocumentKey(m.referenceType(), m.referenceId())).add(m);
                }
            }
            if (!s.getMoreResults()) {
                throw new IllegalStateException("the stock rows locked after the document locks gave no result");
            }
            try (ResultSet rs = s.getResultSet()) {
                return new OpenDocuments(earlier, locked(rs, allowNegative));
            }
        });
    }

    private static final String LOCK_ROWS = """
            SELECT level.item_id, level.quantity FROM unnest(CAST(? AS uuid[])) WITH ORDINALITY AS wanted (item_id, position)
              JOIN inventory.stock_levels level ON level.item_id = wanted.item_id AND level.business_id = ? AND level.warehouse_id = ?
             ORDER BY wanted.position FOR UPDATE OF level""";

    private static void bindRows(PreparedStatement s, int first, UUID businessId, UUID warehouse, List<UUID> itemIds) throws SQLException {
        s.setArray(first, s.getConnection().createArrayOf("uuid", itemIds.toArray()));
        s.setObject(first + 1, businessId);
        s.setObject(first + 2, warehouse);
    }

    private static LockedStock locked(ResultSet rs, boolean allowNegative) throws SQLException {
        Map<UUID, BigDecimal> onHand = new HashMap<>();
        while (rs.next()) {
            onHand.put(rs.getObject(1, UUID.class), rs.getBigDecimal(2));
        }
        return new LockedStock(onHand, allowNegative);
    }

    private static List<UUID> inLockOrder(Collection<UUID> itemIds) {
        return itemIds.stream().filter(Objects::nonNull).distinct().sorted().toList();
    }

    private static String stockRow(UUID itemId, UUID warehouse) {
        return "stock:" + warehouse + ":" + itemId;
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

    // One statement per change, the same text whichever way the change goes, so that the text of a
    // round trip of several changes depends only on their number (the driver keeps one prepared
    // statement per text). Of the two data-modifying parts only one acts, chosen by the flag:
    // - upserted (flag true: an increase, or a decrease that may go below zero): the stock row is
    //   made on first use; an increase keeps a weighted average cost: (units on hand x their
    //   average cost + units added x their cost) / units after. Parameters: business, item,
    //   warehouse, delta, rate, flag, rate, rate.
    // - decreased (flag false): matches no row when the stock would go below zero. Parameters:
    //   delta, flag, business, item, warehouse, delta.
    private static final String CHANGE = """
            WITH upserted AS (
            INSERT INTO inventory.stock_levels AS level (business_id, item_id, warehouse_id, quantity, average_cost, updated_at)
            SELECT ?, ?, ?, CAST(? AS numeric), coalesce(round(CAST(? AS numeric), 4), 0), now() WHERE CAST(? AS boolean)
            ON CONFLICT (business_id, item_id, warehouse_id) DO UPDATE
               SET average_cost = CASE WHEN EXCLUDED.quantity <= 0 OR greatest(level.quantity, 0) + EXCLUDED.quantity = 0
                                         OR CAST(? AS numeric) IS NULL THEN level.average_cost
                                       ELSE round((greatest(level.quantity, 0) * level.average_cost + EXCLUDED.quantity * CAST(? AS numeric))
                                                  / (greatest(level.quantity, 0) + EXCLUDED.quantity), 4) END,
                   quantity = level.quantity + EXCLUDED.quantity, updated_at = now()
            RETURNING quantity, average_cost
            ), decreased AS (
            UPDATE inventory.stock_levels SET quantity = quantity + CAST(? AS numeric), updated_at = now()
             WHERE NOT CAST(? AS boolean) AND business_id = ? AND item_id = ? AND warehouse_id = ? AND quantity + CAST(? AS numeric) >= 0
            RETURNING quantity, average_cost
            ), changed AS (SELECT quantity, average_cost FROM upserted UNION ALL SELECT quantity, average_cost FROM decreased""";

    private record Step(UUID itemId, BigDecimal delta, boolean upsert, MovementRequest request) {
    }

    // The row's public id is made here and bound, not left to the column's default: PostgreSQL's
    // gen_random_uuid() added 7-14 % to this statement's backend CPU (pgbench, one client, 20,000
    // changes), a bound value about 2 %, within the noise; UUID.randomUUID() costs about 0.2
    // microseconds in the JVM.
    private static final String CHANGE_AND_RECORD = """
            ), moved AS (
            INSERT INTO inventory.stock_movements (public_id, business_id, item_id, warehouse_id, movement_type, quantity, rate,
                previous_quantity, resulting_quantity, reference_type, reference_id, reference_line, direction, reason, notes, created_by,
                created_at)
            SELECT ?, ?, ?, ?, ?, CAST(? AS numeric), CAST(? AS numeric), quantity - CAST(? AS numeric), quantity, ?, ?, ?, ?, ?, ?, ?,
                   CAST(? AS timestamptz)
              FROM changed
            RETURNING public_id, previous_quantity, resulting_quantity)
            SELECT moved.public_id, moved.previous_quantity, moved.resulting_quantity, changed.quantity + coalesce(elsewhere.quantity, 0),
                   greatest(changed.average_cost, elsewhere.average_cost)
              FROM moved, changed,
                   (SELECT sum(quantity) AS quantity, max(average_cost) AS average_cost FROM inventory.stock_levels
                     WHERE business_id = ? AND item_id = ? AND warehouse_id <> ?) elsewhere""";

    // the text of n changes in one round trip, by n up to a group's usual size: the same String each
    // time, so the driver finds its prepared statement without hashing the text again; a larger
    // round trip (a long document) builds its text for the call only
    private static final int REMEMBERED_CHANGES = 64;
    private static final Map<Integer, String> CHANGES = new ConcurrentHashMap<>();

    /**
     * One statement per step (CHANGE, then CHANGE_AND_RECORD), all sent in one
     * round trip and run in order; per step the change, or null where the stock would have gone
     * below zero (that step changed nothing, the others did).
     */
    private List<Changed> apply(UUID businessId, UUID warehouse, List<Step> steps) {
        Instant now = clock.instant();
        String sql = steps.size() <= REMEMBERED_CHANGES ? CHANGES.computeIfAbsent(steps.size(), StockLedger::changesText)
                : changesText(steps.size());
        List<Changed> changed = jdbc.prepareStatement(sql, s -> {
            int i = 1;
            for (Step step : steps) {
                i = bind(s, i, businessId, warehouse, step, now);
            }
            s.execute();
            List<Changed> changes = new ArrayList<>(steps.size());
            for (Step step : steps) {
                if (!changes.isEmpty() && !s.getMoreResults()) {
                    throw new IllegalStateException("a stock change gave no result");
                }
                try (ResultSet rs = s.getResultSet()) {
                    changes.add(rs.next() ? changed(rs, businessId, step, now) : null);
                }
            }
            return changes;
        });
        afterCommit.run(() -> counter.count(changed));
        return changed;
    }

    private static String changesText(int count) {
        return String.join(";\n", Collections.nCopies(count, CHANGE + CHANGE_AND_RECORD));
    }

    private static Changed changed(ResultSet rs, UUID businessId, Step step, Instant now) throws SQLException {
        MovementRequest r = step.request();
        Movement movement = new Movement(rs.getObject(1, UUID.class), businessId, step.itemId(), r.movementType(), step.delta().setScale(3),
                r.rate(), rs.getBigDecimal(2).setScale(3), rs.getBigDecimal(3).setScale(3), r.referenceType(), r.referenceId(),
                r.referenceLine(), r.direction(), r.reason(), r.notes(), r.createdBy(), now);
        return new Changed(movement, StockQueries.Level.of(rs.getBigDecimal(4), rs.getBigDecimal(5)));
    }

    private static int bind(PreparedStatement s, int first, UUID businessId, UUID warehouse, Step step, Instant now) throws SQLException {
        UUID itemId = step.itemId();
        BigDecimal delta = step.delta();
        MovementRequest r = step.request();
        BigDecimal rate = delta.signum() > 0 ? r.rate() : null;
        int i = first;
        s.setObject(i++, businessId);
        s.setObject(i++, itemId);
        s.setObject(i++, warehouse);
        s.setBigDecimal(i++, delta);
        s.setBigDecimal(i++, rate);
        s.setBoolean(i++, step.upsert());
        s.setBigDecimal(i++, rate);
        s.setBigDecimal(i++, rate);
        s.setBigDecimal(i++, delta);
        s.setBoolean(i++, step.upsert());
        s.setObject(i++, businessId);
        s.setObject(i++, itemId);
        s.setObject(i++, warehouse);
        s.setBigDecimal(i++, delta);
        s.setObject(i++, UUID.randomUUID());
        s.setObject(i++, businessId);
        s.setObject(i++, itemId);
        s.setObject(i++, warehouse);
        s.setString(i++, r.movementType());
        s.setBigDecimal(i++, delta);
        s.setBigDecimal(i++, r.rate());
        s.setBigDecimal(i++, delta);
        s.setString(i++, r.referenceType());
        s.setObject(i++, r.referenceId());
        s.setObject(i++, r.referenceLine());
        s.setString(i++, r.direction());
        s.setString(i++, r.reason());
        s.setString(i++, r.notes());
        s.setObject(i++, r.createdBy());
        s.setTimestamp(i++, Timestamp.from(now));
        s.setObject(i++, businessId);
        s.setObject(i++, itemId);
        s.setObject(i++, warehouse);
        return i;
    }
}
