package com.bizsuite.business.audit;

import com.bizsuite.business.api.AuditEntry;
import com.bizsuite.business.api.AuditTrail;
import jakarta.inject.Singleton;

import java.util.UUID;

/** Records a change of this module, with its before and after views. */
@Singleton
public class AuditRecorder {

    private final AuditTrail trail;

    AuditRecorder(AuditTrail trail) {
        this.trail = trail;
    }

    public void record(UUID businessId, UUID userId, String action, String entityType, Object entityId, Object before, Object after) {
        trail.record(new AuditEntry(businessId, userId, action, entityType, entityId == null ? null : entityId.toString(), before, after));
    }
}
