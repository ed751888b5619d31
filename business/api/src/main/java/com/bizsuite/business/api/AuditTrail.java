package com.bizsuite.business.api;

/**
 * Appends to a business's tamper-evident audit log, in the caller's transaction, so a change
 * and its audit entry commit or roll back together.
 */
public interface AuditTrail {

    void record(AuditEntry entry);
}
