package com.bizsuite.business.audit;

import com.bizsuite.business.api.AuditEntry;
import com.bizsuite.business.api.AuditTrail;
import com.bizsuite.platform.web.RequestIds;
import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.MDC;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Appends entries in the caller's transaction. The business's chain head is upserted first,
 * which locks it: appends of one business are serialised and the chain cannot fork.
 */
@Singleton
class LocalAuditTrail implements AuditTrail {

    private final JdbcOperations jdbc;
    private final JsonMapper json;
    private final Clock clock;

    LocalAuditTrail(JdbcOperations jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void record(AuditEntry entry) {
        String[] head = jdbc.prepareStatement("""
                INSERT INTO business.audit_heads (business_id, last_seq, last_hash) VALUES (?, 0, '')
                ON CONFLICT (business_id) DO UPDATE SET last_seq = business.audit_heads.last_seq
                RETURNING last_seq, last_hash""", statement -> {
            statement.setObject(1, entry.businessId());
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return new String[]{String.valueOf(rs.getLong(1)), rs.getString(2)};
            }
        });
        long seq = Long.parseLong(head[0]) + 1;
        String prevHash = seq == 1 ? null : head[1];
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        AuditRow row = new AuditRow(0, entry.businessId(), seq, entry.userId(), entry.action(), entry.entityType(), entry.entityId(),
                text(entry.oldValues()), text(entry.newValues()), MDC.get(RequestIds.MDC_KEY), at, prevHash, null);
        String hash = AuditChain.hash(row);
        jdbc.prepareStatement("""
                INSERT INTO business.audit_log (business_id, seq, user_id, action, entity_type, entity_id, old_values, new_values,
                                                request_id, created_at, prev_hash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", statement -> {
            statement.setObject(1, row.businessId());
            statement.setLong(2, seq);
            statement.setObject(3, row.userId());
            statement.setString(4, row.action());
            statement.setString(5, row.entityType());
            statement.setString(6, row.entityId());
            statement.setString(7, row.oldValues());
            statement.setString(8, row.newValues());
            statement.setString(9, row.requestId());
            statement.setTimestamp(10, Timestamp.from(at));
            statement.setString(11, prevHash);
            statement.setString(12, hash);
            return statement.executeUpdate();
        });
        jdbc.prepareStatement("UPDATE business.audit_heads SET last_seq = ?, last_hash = ? WHERE business_id = ?", statement -> {
            statement.setLong(1, seq);
            statement.setString(2, hash);
            statement.setObject(3, entry.businessId());
            return statement.executeUpdate();
        });
    }

    private String text(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(Argument.OBJECT_ARGUMENT, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
