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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

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
    public void recordAll(List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        UUID businessId = entries.getFirst().businessId();
        if (entries.stream().anyMatch(e -> !e.businessId().equals(businessId))) {
            throw new IllegalArgumentException("Audit entries appended together must belong to one business");
        }
        String[] head = jdbc.prepareStatement("""
                INSERT INTO business.audit_heads (business_id, last_seq, last_hash) VALUES (?, 0, '')
                ON CONFLICT (business_id) DO UPDATE SET last_seq = business.audit_heads.last_seq
                RETURNING last_seq, last_hash""", statement -> {
            statement.setObject(1, businessId);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return new String[]{String.valueOf(rs.getLong(1)), rs.getString(2)};
            }
        });
        long seq = Long.parseLong(head[0]);
        String prevHash = seq == 0 ? null : head[1];
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<AuditRow> rows = new ArrayList<>(entries.size());
        for (AuditEntry entry : entries) {
            seq++;
            AuditRow row = new AuditRow(0, businessId, seq, entry.userId(), entry.action(), entry.entityType(), entry.entityId(),
                    text(entry.oldValues()), text(entry.newValues()), MDC.get(RequestIds.MDC_KEY), at, prevHash, null).hashed();
            prevHash = row.hash();
            rows.add(row);
        }
        append(rows, seq, prevHash);
    }

    // One statement appends the rows and moves the head, which the caller's transaction holds locked.
    private void append(List<AuditRow> rows, long lastSeq, String lastHash) {
        String values = String.join(", ", Collections.nCopies(rows.size(), "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        jdbc.prepareStatement("""
                WITH appended AS (
                    INSERT INTO business.audit_log (business_id, seq, user_id, action, entity_type, entity_id, old_values, new_values,
                                                    request_id, created_at, prev_hash, hash)
                    VALUES %s)
                UPDATE business.audit_heads SET last_seq = ?, last_hash = ? WHERE business_id = ?""".formatted(values), statement -> {
            int i = 1;
            for (AuditRow row : rows) {
                statement.setObject(i++, row.businessId());
                statement.setLong(i++, row.seq());
                statement.setObject(i++, row.userId());
                statement.setString(i++, row.action());
                statement.setString(i++, row.entityType());
                statement.setString(i++, row.entityId());
                statement.setString(i++, row.oldValues());
                statement.setString(i++, row.newValues());
                statement.setString(i++, row.requestId());
                statement.setTimestamp(i++, Timestamp.from(row.createdAt()));
                statement.setString(i++, row.prevHash());
                statement.setString(i++, row.hash());
            }
            statement.setLong(i++, lastSeq);
            statement.setString(i++, lastHash);
            statement.setObject(i, rows.getFirst().businessId());
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
