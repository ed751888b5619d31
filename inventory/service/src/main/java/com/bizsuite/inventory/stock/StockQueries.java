package com.bizsuite.inventory.stock;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
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

/** Reads of stock: levels for a page of items, an item's history, a document's movements. */
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

    private static final String MOVEMENT_COLUMNS = """
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

    /** The savepoint {@link #openDocument} sets; {@link #undoDocument} rolls back to it. */
    private static final String DOCUMENT_SAVEPOINT = "stock_document";

    /**
     * Sets a savepoint, locks the document for the rest of the transaction (an advisory lock on
     * business, type and id), then reads its movements. The three statements go in one round trip
     * and run one after the other, so the read's snapshot is taken once the lock is granted and
     * sees every application of the document that committed before. The savepoint is not
     * released: it costs nothing at commit, and releasing it would cost a round trip.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public List<Movement> openDocument(UUID businessId, String referenceType, UUID referenceId) {
        return jdbc.prepareStatement("SAVEPOINT " + DOCUMENT_SAVEPOINT + "; SELECT pg_advisory_xact_lock(hashtextextended(?, 0)); SELECT "
                + MOVEMENT_COLUMNS + " FROM inventory.stock_movements WHERE business_id = ? AND reference_type = ? AND reference_id = ? ORDER BY id",
                s -> {
                    s.setString(1, businessId + "|" + referenceType + "|" + referenceId);
                    s.setObject(2, businessId);
                    s.setString(3, referenceType);
                    s.setObject(4, referenceId);
                    s.execute();
                    if (!s.getMoreResults() || !s.getMoreResults()) {
                        throw new IllegalStateException("the movements read after the document lock gave no result");
                    }
                    try (ResultSet rs = s.getResultSet()) {
                        return movements(rs);
                    }
                });
    }

    /** A document's type and id. */
    public record DocumentKey(String type, UUID id) {
    }

    /** The savepoint {@link #openDocuments} sets; {@link #undoDocuments} rolls back to it. */
    private static final String DOCUMENTS_SAVEPOINT = "stock_documents";

    /**
     * As {@link #openDocument} for several documents in one round trip: sets a savepoint, locks
     * the documents (in the order of their keys), then tells whether any of them moved stock before.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public boolean openDocuments(UUID businessId, List<DocumentKey> documents) {
        List<String> keys = documents.stream().map(d -> businessId + "|" + d.type() + "|" + d.id()).sorted().toList();
        return jdbc.prepareStatement("SAVEPOINT " + DOCUMENTS_SAVEPOINT + "; SELECT pg_advisory_xact_lock(hashtextextended(key, 0)) FROM unnest(?) AS key; "
                + "SELECT EXISTS (SELECT 1 FROM unnest(?, ?) AS document (type, id) JOIN inventory.stock_movements moved"
                + " ON moved.business_id = ? AND moved.reference_type = document.type AND moved.reference_id = document.id)", s -> {
            s.setArray(1, s.getConnection().createArrayOf("text", keys.toArray()));
            s.setArray(2, s.getConnection().createArrayOf("text", documents.stream().map(DocumentKey::type).toArray()));
            s.setArray(3, s.getConnection().createArrayOf("uuid", documents.stream().map(DocumentKey::id).toArray()));
            s.setObject(4, businessId);
            s.execute();
            if (!s.getMoreResults() || !s.getMoreResults()) {
                throw new IllegalStateException("the read after the documents' locks gave no result");
            }
            try (ResultSet rs = s.getResultSet()) {
                rs.next();
                return rs.getBoolean(1);
            }
        });
    }

    /** Rolls back everything since the last {@link #openDocuments}: the documents' moves and locks. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void undoDocuments() {
        jdbc.prepareStatement("ROLLBACK TO SAVEPOINT " + DOCUMENTS_SAVEPOINT, PreparedStatement::execute);
    }

    /** Rolls back everything since the last {@link #openDocument}: the document's moves and its lock. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void undoDocument() {
        jdbc.prepareStatement("ROLLBACK TO SAVEPOINT " + DOCUMENT_SAVEPOINT, PreparedStatement::execute);
    }

    private static List<Movement> movements(PreparedStatement s) throws SQLException {
        try (ResultSet rs = s.executeQuery()) {
            return movements(rs);
        }
    }

    private static List<Movement> movements(ResultSet rs) throws SQLException {
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
