package com.bizsuite.platform.persistence;

import io.micronaut.context.annotation.Requires;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;

import java.util.Map;

/** Ready only when every module's schema has all of its migrations applied. */
@Readiness
@Singleton
@Requires(beans = SchemaMigrator.class)
final class MigrationsHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {

    private final SchemaMigrator migrator;

    MigrationsHealthIndicator(SchemaMigrator migrator) {
        this.migrator = migrator;
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        Map<String, Integer> pending = migrator.pending();
        healthStatus = pending.isEmpty() ? HealthStatus.UP : HealthStatus.DOWN;
        return Map.of("schemas", migrator.schemas(), "pending", pending);
    }

    @Override
    protected String getName() {
        return "migrations";
    }
}
