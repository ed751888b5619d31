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
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Appends entries in the caller's transaction. Each append locks the business's chain head
 * (made by the first one), so appends of one business are serialised and the chain cannot fork.
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
        long createdAtMicros = ChronoUnit.MICROS.between(Instant.EPOCH, clock.instant());
        String requestId = MDC.get(RequestIds.MDC_KEY);
        for (AuditEntry entry : entries) {
            AuditRow row = new AuditRow(0, businessId, 0, entry.userId(), entry.action(), entry.entityType(), entry.entityId(),
                    text(entry.oldValues()), text(entry.newValues()), requestId, Instant.EPOCH.plus(createdAtMicros, ChronoUnit.MICROS),
                    null, null);
            if (append(row) == 0) {
                // the business's first entry: make its head, then append
                jdbc.prepareStatement("INSERT INTO business.audit_heads (business_id, last_seq, last_hash) VALUES (?, 0, '') ON CONFLICT DO NOTHING",
                        statement -> {
                            statement.setObject(1, businessId);
                            return statement.executeUpdate();
                        });
                append(row);
            }
        }
    }

    /*
     * One statement locks the business's chain head, links the entry to it and moves it, so the
     * head is held only for this statement and the commit. The hash is AuditChain.hash computed
     * by PostgreSQL over the same text: each part as UTF-8 (a missing one as a single 0 byte),
     * followed by a 0x1f byte.
     */
    private static final String PART = "coalesce(convert_to(CAST(? AS text), 'UTF8'), '\\x00'::bytea) || '\\x1f'::bytea";
    private static final String APPEND = """
            WITH head AS (
                SELECT business_id, last_seq + 1 AS seq, nullif(last_hash, '') AS prev_hash
                  FROM business.audit_heads WHERE business_id = ? FOR UPDATE),
            entry AS (
                SELECT head.*, encode(sha256(
                    coalesce(convert_to(prev_hash, 'UTF8'), '\\x00'::bytea) || '\\x1f'::bytea
                    || convert_to(business_id::text, 'UTF8') || '\\x1f'::bytea
                    || convert_to(seq::text, 'UTF8') || '\\x1f'::bytea
                    || %1$s || %1$s || %1$s || %1$s || %1$s || %1$s || %1$s || %1$s), 'hex') AS hash
                  FROM head),
            moved AS (
                UPDATE business.audit_heads h SET last_seq = entry.seq, last_hash = entry.hash
                  FROM entry WHERE h.business_id = entry.business_id)
            INSERT INTO business.audit_log (business_id, seq, user_id, action, entity_type, entity_id, old_values, new_values,
                                            request_id, created_at, prev_hash, hash)
            SELECT business_id, seq, ?, ?, ?, ?, ?, ?, ?, ?, prev_hash, hash FROM entry""".formatted(PART);

    private int append(AuditRow row) {
        return jdbc.prepareStatement(APPEND, statement -> {
            int i = 1;
            statement.setObject(i++, row.businessId());
            // the hashed parts, in AuditChain's order after the previous hash, business and sequence
            for (Object part : new Object[]{row.userId(), row.action(), row.entityType(), row.entityId(), row.oldValues(), row.newValues(),
                    row.requestId(), row.createdAtMicros()}) {
                statement.setString(i++, part == null ? null : part.toString());
            }
            statement.setObject(i++, row.userId());
            statement.setString(i++, row.action());
            statement.setString(i++, row.entityType());
            statement.setString(i++, row.entityId());
            statement.setString(i++, row.oldValues());
            statement.setString(i++, row.newValues());
            statement.setString(i++, row.requestId());
            statement.setTimestamp(i, Timestamp.from(row.createdAt()));
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
