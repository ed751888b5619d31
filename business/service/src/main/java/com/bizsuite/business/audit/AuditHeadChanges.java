package com.bizsuite.business.audit;

import com.bizsuite.platform.tenant.BusinessChanges;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.util.UUID;

/**
 * A business's change number is the sequence of its audit chain head: every write is audited in
 * its own transaction, so the head moves exactly when something of the business committed.
 */
@Singleton
class AuditHeadChanges implements BusinessChanges {

    private final JdbcOperations jdbc;

    AuditHeadChanges(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Connectable
    public long changeNumber(UUID businessId) {
        return jdbc.prepareStatement("SELECT last_seq FROM business.audit_heads WHERE business_id = ?", s -> {
            s.setObject(1, businessId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }
}
