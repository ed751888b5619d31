package com.bizsuite.business.audit;

import com.bizsuite.business.api.AuditEntry;
import com.bizsuite.business.api.AuditTrail;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;

/** Records a change of this module with its before and after values as JSON. */
@Singleton
public class AuditRecorder {

    private final AuditTrail trail;
    private final JsonMapper json;

    AuditRecorder(AuditTrail trail, JsonMapper json) {
        this.trail = trail;
        this.json = json;
    }

    public void record(UUID businessId, UUID userId, String action, String entityType, Object entityId, Object before, Object after) {
        trail.record(new AuditEntry(businessId, userId, action, entityType, entityId == null ? null : entityId.toString(),
                text(before), text(after)));
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
