package com.bizsuite.business.audit;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/** Reads the audit log: filtered pages for people, the whole chain in order for the verifier. */
@Singleton
class AuditLogQueries {

    /** {@code targetUserId}: entries about that user's membership (the old system's filter). */
    record Filter(UUID businessId, String action, UUID userId, String entityType, String entityId, UUID targetUserId, Instant from,
                  Instant to) {
    }

    private static final String COLUMNS =
            "id, business_id, seq, user_id, action, entity_type, entity_id, old_values, new_values, request_id, created_at, prev_hash, hash";
    private static final String WHERE = """
             WHERE business_id = ?
               AND (CAST(? AS text) IS NULL OR action = ?)
               AND (CAST(? AS uuid) IS NULL OR user_id = ?)
               AND (CAST(? AS text) IS NULL OR entity_type = ?)
               AND (CAST(? AS text) IS NULL OR entity_id = ?)
               AND (CAST(? AS text) IS NULL OR (entity_type = 'member' AND entity_id = ?))
               AND (CAST(? AS timestamptz) IS NULL OR created_at >= ?)
               AND (CAST(? AS timestamptz) IS NULL OR created_at < ?)""";

    private final JdbcOperations jdbc;

    AuditLogQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    List<AuditRow> page(Filter filter, long offset, int limit) {
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM business.audit_log " + WHERE + " ORDER BY seq DESC OFFSET ? LIMIT ?", s -> {
            int next = bind(s, filter);
            s.setLong(next, offset);
            s.setInt(next + 1, limit);
            return rows(s);
        });
    }

    @Transactional(readOnly = true)
    long count(Filter filter) {
        return jdbc.prepareStatement("SELECT count(*) FROM business.audit_log " + WHERE, s -> {
            bind(s, filter);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** Streams a business's chain in order, in batches, so verifying a long log needs little memory. */
    @Transactional(readOnly = true)
    void walk(UUID businessId, Consumer<AuditRow> visitor) {
        long after = 0;
        while (true) {
            long from = after;
            List<AuditRow> batch = jdbc.prepareStatement(
                    "SELECT " + COLUMNS + " FROM business.audit_log WHERE business_id = ? AND seq > ? ORDER BY seq LIMIT 1000", s -> {
                        s.setObject(1, businessId);
                        s.setLong(2, from);
                        return rows(s);
                    });
            batch.forEach(visitor);
            if (batch.size() < 1000) {
                return;
            }
            after = batch.getLast().seq();
        }
    }

    @Transactional(readOnly = true)
    Optional<long[]> headSeq(UUID businessId) {
        return jdbc.prepareStatement("SELECT last_seq FROM business.audit_heads WHERE business_id = ?", s -> {
            s.setObject(1, businessId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(new long[]{rs.getLong(1)}) : Optional.empty();
            }
        });
    }

    private static int bind(PreparedStatement s, Filter f) throws SQLException {
        s.setObject(1, f.businessId());
        s.setString(2, f.action());
        s.setString(3, f.action());
        s.setObject(4, f.userId());
        s.setObject(5, f.userId());
        s.setString(6, f.entityType());
        s.setString(7, f.entityType());
        s.setString(8, f.entityId());
        s.setString(9, f.entityId());
        String target = f.targetUserId() == null ? null : f.targetUserId().toString();
        s.setString(10, target);
        s.setString(11, target);
        s.setTimestamp(12, f.from() == null ? null : Timestamp.from(f.from()));
        s.setTimestamp(13, f.from() == null ? null : Timestamp.from(f.from()));
        s.setTimestamp(14, f.to() == null ? null : Timestamp.from(f.to()));
        s.setTimestamp(15, f.to() == null ? null : Timestamp.from(f.to()));
        return 16;
    }

    private static List<AuditRow> rows(PreparedStatement s) throws SQLException {
        List<AuditRow> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                rows.add(new AuditRow(rs.getLong(1), rs.getObject(2, UUID.class), rs.getLong(3), rs.getObject(4, UUID.class),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                        rs.getTimestamp(11).toInstant(), rs.getString(12), rs.getString(13)));
            }
        }
        return rows;
    }
}
