package com.bizsuite.platform.persistence;

/**
 * A module's own PostgreSQL schema and where its Flyway migrations live. Each module
 * declares one as a bean; {@link SchemaMigrator} migrates each schema on its own, with its
 * own history table inside that schema.
 *
 * @param schema    e.g. {@code auth}
 * @param locations e.g. {@code classpath:db/auth}
 */
public record ModuleSchema(String schema, String locations) {
}
