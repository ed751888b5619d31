package com.bizsuite.business.audit;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

@Serdeable
record AuditLogView(long id, UUID businessId, long seq, UUID userId, String action, String entityType, String entityId,
                    Object oldValues, Object newValues, String requestId, Instant createdAt, String hash, String prevHash) {
}
