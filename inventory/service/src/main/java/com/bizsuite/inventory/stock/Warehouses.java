package com.bizsuite.inventory.stock;

import com.bizsuite.platform.persistence.AfterCommit;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each business has a default warehouse, made on first use. A business's default warehouse never
 * changes once committed, so its id is remembered after the transaction that saw it commits (a
 * row made by a transaction that then rolls back is never remembered).
 */
@Singleton
class Warehouses {

    private final JdbcOperations jdbc;
    private final AfterCommit afterCommit;
    private final Map<UUID, UUID> committed = new ConcurrentHashMap<>();

    Warehouses(JdbcOperations jdbc, AfterCommit afterCommit) {
        this.jdbc = jdbc;
        this.afterCommit = afterCommit;
    }

    UUID defaultFor(UUID businessId) {
        UUID known = committed.get(businessId);
        if (known != null) {
            return known;
        }
        UUID existing = find(businessId);
        if (existing == null) {
            jdbc.prepareStatement("""
                    INSERT INTO inventory.warehouses (id, business_id, name, is_default, created_at)
                    VALUES (?, ?, 'Main', true, now()) ON CONFLICT (business_id) WHERE is_default DO NOTHING""", s -> {
                s.setObject(1, UUID.randomUUID());
                s.setObject(2, businessId);
                return s.executeUpdate();
            });
            // a new statement, so a warehouse another transaction made meanwhile is seen too
            existing = find(businessId);
        }
        UUID seen = existing;
        afterCommit.run(() -> committed.put(businessId, seen));
        return existing;
    }

    private UUID find(UUID businessId) {
        return jdbc.prepareStatement("SELECT id FROM inventory.warehouses WHERE business_id = ? AND is_default", s -> {
            s.setObject(1, businessId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getObject(1, UUID.class) : null;
            }
        });
    }
}
