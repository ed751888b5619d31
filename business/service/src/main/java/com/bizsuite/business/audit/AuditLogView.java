package com.bizsuite.business.audit;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * An audit entry in the old system's shape ({@code resource}, {@code old_value}, a string
 * {@code id}, ...), followed by the fields of the hash chain. The old system stored the
 * requester's address, agent and notes; this log does not, so those are null.
 * {@code target_user_id} is the member concerned by a member action.
 */
@Serdeable
record AuditLogView(String id, UUID businessId, UUID userId, String targetUserId, String action, String resource, String resourceId,
                    Object oldValue, Object newValue, String ipAddress, String userAgent, String notes, Instant createdAt,
                    Instant updatedAt, long seq, String entityType, String entityId, String requestId, String hash, String prevHash) {

    static AuditLogView of(AuditRow row, Object oldValue, Object newValue) {
        String target = "member".equals(row.entityType()) ? row.entityId() : null;
        return new AuditLogView(Long.toString(row.id()), row.businessId(), row.userId(), target, row.action(), row.entityType(),
                row.entityId(), oldValue, newValue, null, null, null, row.createdAt(), row.createdAt(), row.seq(), row.entityType(),
                row.entityId(), row.requestId(), row.hash(), row.prevHash());
    }
}
