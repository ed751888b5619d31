package com.bizsuite.business.audit;

import com.bizsuite.business.api.AuditEntry;
import com.bizsuite.business.api.AuditTrail;
import com.bizsuite.platform.persistence.AfterCommit;
import com.bizsuite.platform.persistence.HotRowQueue;
import com.bizsuite.platform.web.RequestIds;
import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.MDC;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Appends entries in the caller's transaction, extending the business's hash chain from the head
 * row in {@code audit_heads}. Moving the head locks it, so appends of one business are serialised
 * and the chain cannot fork.
 *
 * <p>The head this process last committed is remembered. The next append then links its entries
 * to it and moves the head in one statement, on the condition that the head is still the
 * remembered one; when another process moved it meanwhile, nothing is written and the append
 * reads and locks the head first, as it does when nothing is remembered.
 */
@Singleton
class LocalAuditTrail implements AuditTrail {

    private record Head(long seq, String hash) {
    }

    private static final int REMEMBERED_HEADS = 50_000;
    private static final String COLUMNS = "business_id, seq, user_id, action, entity_type, entity_id, old_values, new_values, request_id, "
            + "created_at, prev_hash, hash";

    private final JdbcOperations jdbc;
    private final AfterCommit afterCommit;
    private final JsonMapper json;
    private final HotRowQueue queue;
    private final Clock clock;
    private final Map<UUID, Head> committedHeads = new ConcurrentHashMap<>();

    LocalAuditTrail(JdbcOperations jdbc, AfterCommit afterCommit, JsonMapper json, HotRowQueue queue, Clock clock) {
        this.jdbc = jdbc;
        this.afterCommit = afterCommit;
        this.json = json;
        this.queue = queue;
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
        queue.enter("audit:" + businessId);
        Head remembered = committedHeads.get(businessId);
        if (remembered != null) {
            List<AuditRow> rows = chain(entries, remembered);
            if (appendIfHeadIs(remembered, rows)) {
                rememberAfterCommit(businessId, rows.getLast());
                return;
            }
            committedHeads.remove(businessId, remembered);
        }
        List<AuditRow> rows = chain(entries, lockHead(businessId));
        append(rows);
        rememberAfterCommit(businessId, rows.getLast());
    }

    private List<AuditRow> chain(List<AuditEntry> entries, Head head) {
        long seq = head.seq();
        String prevHash = seq == 0 ? null : head.hash();
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String requestId = MDC.get(RequestIds.MDC_KEY);
        List<AuditRow> rows = new ArrayList<>(entries.size());
        for (AuditEntry entry : entries) {
            seq++;
            AuditRow row = new AuditRow(0, entry.businessId(), seq, entry.userId(), entry.action(), entry.entityType(), entry.entityId(),
                    text(entry.oldValues()), text(entry.newValues()), entry.requestId() == null ? requestId : entry.requestId(), at, prevHash, null)
                    .hashed();
            prevHash = row.hash();
            rows.add(row);
        }
        return rows;
    }

    private static String appendIfHeadIsText(int rows) {
        return """
                WITH head AS (UPDATE business.audit_heads SET last_seq = ?, last_hash = ?
                              WHERE business_id = ? AND last_seq = ? AND last_hash = ? RETURNING business_id)
                INSERT INTO business.audit_log (%s) %s""".formatted(COLUMNS, String.join(" UNION ALL ", Collections.nCopies(rows,
                "SELECT CAST(? AS uuid), CAST(? AS bigint), CAST(? AS uuid), ?, ?, ?, ?, ?, ?, CAST(? AS timestamptz), ?, ? FROM head")));
    }

    private Head lockHead(UUID businessId) {
        return jdbc.prepareStatement("""
                INSERT INTO business.audit_heads (business_id, last_seq, last_hash) VALUES (?, 0, '')
                ON CONFLICT (business_id) DO UPDATE SET last_seq = business.audit_heads.last_seq
                RETURNING last_seq, last_hash""", statement -> {
            statement.setObject(1, businessId);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return new Head(rs.getLong(1), rs.getString(2));
            }
        });
    }

    // One statement appends the rows and moves the head, which the caller's transaction holds locked.
    private void append(List<AuditRow> rows) {
        String values = String.join(", ", Collections.nCopies(rows.size(), "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        jdbc.prepareStatement("""
                WITH appended AS (INSERT INTO business.audit_log (%s) VALUES %s)
                UPDATE business.audit_heads SET last_seq = ?, last_hash = ? WHERE business_id = ?""".formatted(COLUMNS, values), statement -> {
            int i = bindRows(statement, 1, rows);
            AuditRow last = rows.getLast();
            statement.setLong(i++, last.seq());
            statement.setString(i++, last.hash());
            statement.setObject(i, last.businessId());
            return statement.executeUpdate();
        });
    }

    // the text of appendIfHeadIs for n rows, by n up to a group's usual size: the same String each
    // time, so the driver finds its prepared statement at once; more rows build their text for the call
    private static final int REMEMBERED_APPENDS = 128;
    private static final Map<Integer, String> APPEND_IF_HEAD_IS = new ConcurrentHashMap<>();

    // One statement moves the head from the expected one and appends the rows; nothing when the head is another.
    private boolean appendIfHeadIs(Head expected, List<AuditRow> rows) {
        String sql = rows.size() <= REMEMBERED_APPENDS ? APPEND_IF_HEAD_IS.computeIfAbsent(rows.size(), LocalAuditTrail::appendIfHeadIsText)
                : appendIfHeadIsText(rows.size());
        int appended = jdbc.prepareStatement(sql,
                statement -> {
                    AuditRow last = rows.getLast();
                    statement.setLong(1, last.seq());
                    statement.setString(2, last.hash());
                    statement.setObject(3, last.businessId());
                    statement.setLong(4, expected.seq());
                    statement.setString(5, expected.hash());
                    bindRows(statement, 6, rows);
                    return statement.executeUpdate();
                });
        return appended == rows.size();
    }

    private static int bindRows(PreparedStatement statement, int first, List<AuditRow> rows) throws SQLException {
        int i = first;
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
        return i;
    }

    private void rememberAfterCommit(UUID businessId, AuditRow last) {
        Head head = new Head(last.seq(), last.hash());
        afterCommit.run(() -> {
            if (committedHeads.size() >= REMEMBERED_HEADS && !committedHeads.containsKey(businessId)) {
                committedHeads.clear();
            }
            committedHeads.put(businessId, head);
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
