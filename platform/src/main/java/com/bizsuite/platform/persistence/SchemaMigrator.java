package com.bizsuite.platform.persistence;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.jdbc.DataSourceResolver;
import jakarta.annotation.PostConstruct;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.ValidateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Migrates every module's schema at start-up (unless {@code bizsuite.migrations.on-start} is
 * false, as in a blue-green deploy where a Job migrates first) and reports pending
 * migrations to the readiness check.
 */
@Context
@Requires(beans = DataSource.class)
public class SchemaMigrator {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrator.class);

    private final DataSource dataSource;
    private final List<ModuleSchema> schemas;
    private final boolean onStart;
    // Once every schema is up to date it stays so: this build brings no further migrations.
    private volatile boolean upToDate;

    SchemaMigrator(DataSource dataSource, DataSourceResolver resolver, List<ModuleSchema> schemas,
                   @Value("${bizsuite.migrations.on-start:true}") boolean onStart) {
        // Flyway manages its own connections: give it the pool, not the transaction-bound proxy
        this.dataSource = resolver.resolve(dataSource);
        this.schemas = schemas;
        this.onStart = onStart;
    }

    @PostConstruct
    void migrateOnStart() {
        if (onStart) {
            migrate();
        }
    }

    public void migrate() {
        for (ModuleSchema schema : schemas) {
            var result = flyway(schema).migrate();
            LOG.info("Schema {}: {} migration(s) applied, at version {}", schema.schema(), result.migrationsExecuted,
                    result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion);
        }
        upToDate = true;
    }

    /**
     * Pending migrations per schema; empty when every schema is up to date. Asked by every
     * readiness probe: once nothing is pending, the answer is remembered instead of asking Flyway.
     */
    public Map<String, Integer> pending() {
        if (upToDate) {
            return Map.of();
        }
        Map<String, Integer> pending = new TreeMap<>();
        for (ModuleSchema schema : schemas) {
            int count = flyway(schema).info().pending().length;
            if (count > 0) {
                pending.put(schema.schema(), count);
            }
        }
        upToDate = pending.isEmpty();
        return pending;
    }

    /** One migration as Flyway sees it in a schema: applied, pending, failed, or applied by a newer build ("future"). */
    public record Migration(String version, String description, String state) {
    }

    /** A schema's current version and every migration this build or its history knows. */
    public record SchemaInfo(String schema, String currentVersion, List<Migration> migrations) {

        public long pending() {
            return migrations.stream().filter(m -> m.state().equals("PENDING")).count();
        }
    }

    public List<SchemaInfo> info() {
        List<SchemaInfo> result = new ArrayList<>();
        for (ModuleSchema schema : schemas) {
            var info = flyway(schema).info();
            MigrationInfo current = info.current();
            List<Migration> migrations = new ArrayList<>();
            for (MigrationInfo m : info.all()) {
                migrations.add(new Migration(m.getVersion() == null ? "-" : m.getVersion().getVersion(), m.getDescription(),
                        m.getState().name()));
            }
            result.add(new SchemaInfo(schema.schema(), current == null ? "none" : current.getVersion().getVersion(), migrations));
        }
        return result;
    }

    /**
     * Throws when a schema does not match this build: a migration pending, changed since it was
     * applied, or missing from the build while older than the newest it has. Migrations applied by
     * a newer build are accepted, so the previous release validates against the schema of the next.
     */
    public void validate() {
        List<String> problems = new ArrayList<>();
        for (ModuleSchema schema : schemas) {
            ValidateResult result = flyway(schema).validateWithResult();
            if (!result.validationSuccessful) {
                result.invalidMigrations.forEach(m -> problems.add(schema.schema() + ": " + m.errorDetails.errorMessage));
                if (result.invalidMigrations.isEmpty()) {
                    problems.add(schema.schema() + ": " + result.getAllErrorMessages());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Schemas do not match this build:\n  " + String.join("\n  ", problems));
        }
    }

    public List<String> schemas() {
        return schemas.stream().map(ModuleSchema::schema).toList();
    }

    private Flyway flyway(ModuleSchema schema) {
        return Flyway.configure()
                .dataSource(dataSource)
                .schemas(schema.schema())
                .defaultSchema(schema.schema())
                .createSchemas(true)
                .table("flyway_schema_history")
                .locations(schema.locations())
                .load();
    }
}
