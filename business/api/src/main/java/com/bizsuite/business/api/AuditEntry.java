package com.bizsuite.business.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

/**
 * One change: who did what to which record, with the values before and after (any JSON-able
 * value, typically the API view of the record; null where there is none). The time is added by
 * the trail, and so is the request id unless the entry carries the id of the request that made it
 * (work done for several requests at once).
 */
@Serdeable
public record AuditEntry(UUID businessId, @Nullable UUID userId, String action, String entityType, @Nullable String entityId,
                         @Nullable Object oldValues, @Nullable Object newValues, @Nullable String requestId) {

    public AuditEntry(UUID businessId, @Nullable UUID userId, String action, String entityType, @Nullable String entityId,
                      @Nullable Object oldValues, @Nullable Object newValues) {
        this(businessId, userId, action, entityType, entityId, oldValues, newValues, null);
    }
}
