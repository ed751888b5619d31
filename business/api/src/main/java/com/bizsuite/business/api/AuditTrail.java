package com.bizsuite.business.api;

import java.util.List;

/**
 * Appends to a business's tamper-evident audit log, in the caller's transaction, so a change
 * and its audit entry commit or roll back together.
 */
public interface AuditTrail {

    default void record(AuditEntry entry) {
        recordAll(List.of(entry));
    }

    /** Appends entries of one business in order, taking the chain head once for all of them. */
    void recordAll(List<AuditEntry> entries);
}
