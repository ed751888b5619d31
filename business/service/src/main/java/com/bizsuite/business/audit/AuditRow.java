package com.bizsuite.business.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** An audit entry as stored. Times are kept to the microsecond, as PostgreSQL keeps them. */
record AuditRow(long id, UUID businessId, long seq, UUID userId, String action, String entityType, String entityId,
                String oldValues, String newValues, String requestId, Instant createdAt, String prevHash, String hash) {

    AuditRow hashed() {
        return new AuditRow(id, businessId, seq, userId, action, entityType, entityId, oldValues, newValues, requestId, createdAt, prevHash,
                AuditChain.hash(this));
    }

    long createdAtMicros() {
        return ChronoUnit.MICROS.between(Instant.EPOCH, createdAt);
    }
}
