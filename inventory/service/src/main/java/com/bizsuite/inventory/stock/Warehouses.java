package com.bizsuite.inventory.stock;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.util.UUID;

/** Each business has a default warehouse, made on first use. */
@Singleton
class Warehouses {

    private final JdbcOperations jdbc;

    Warehouses(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    UUID defaultFor(UUID businessId) {
        UUID existing = find(businessId);
        if (existing != null) {
            return existing;
        }
        jdbc.prepareStatement("""
                INSERT INTO inventory.warehouses (id, business_id, name, is_default, created_at)
                VALUES (?, ?, 'Main', true, now()) ON CONFLICT (business_id) WHERE is_default DO NOTHING""", s -> {
            s.setObject(1, UUID.randomUUID());
            s.setObject(2, businessId);
            return s.executeUpdate();
        });
        // a new statement, so a warehouse another transaction made meanwhile is seen too
        return find(businessId);
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
