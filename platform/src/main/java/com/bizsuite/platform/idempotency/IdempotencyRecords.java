package com.bizsuite.platform.idempotency;

import io.micronaut.context.annotation.Requires;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;

/** The {@code platform.idempotency_keys} table. */
@Singleton
@Requires(beans = DataSource.class)
class IdempotencyRecords {

    record Stored(String requestHash, Integer status, String body) {
    }

    private static final String LOCK_TIMEOUT_SQLSTATE = "55P03";

    private final DataSource dataSource;

    IdempotencyRecords(DataSource dataSource, DataSourceResolver resolver) {
        this.dataSource = resolver.resolve(dataSource);
    }

    /**
     * Claims the key in the caller's transaction. Empty when this request owns it now; else the
     * earlier record (a finished response, or {@code status == null} while it is still running).
     */
    Optional<Stored> claim(Connection connection, UUID scope, String key, String hash) {
        try {
            try (Statement s = connection.createStatement()) {
                s.execute("SET LOCAL lock_timeout = '200ms'");
            }
            try (PreparedStatement expired = connection.prepareStatement(
                    "DELETE FROM platform.idempotency_keys WHERE scope_id = ? AND idempotency_key = ? AND created_at < now() - interval '24 hours'")) {
                expired.setObject(1, scope);
                expired.setString(2, key);
                expired.executeUpdate();
            }
            int inserted;
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO platform.idempotency_keys (scope_id, idempotency_key, request_hash) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
                insert.setObject(1, scope);
                insert.setString(2, key);
                insert.setString(3, hash);
                inserted = insert.executeUpdate();
            }
            try (Statement s = connection.createStatement()) {
                s.execute("SET LOCAL lock_timeout = DEFAULT");
            }
            if (inserted == 1) {
                return Optional.empty();
            }
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT request_hash, response_status, response_body FROM platform.idempotency_keys WHERE scope_id = ? AND idempotency_key = ?")) {
                select.setObject(1, scope);
                select.setString(2, key);
                try (ResultSet rs = select.executeQuery()) {
                    rs.next();
                    return Optional.of(new Stored(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3)));
                }
            }
        } catch (SQLException e) {
            if (LOCK_TIMEOUT_SQLSTATE.equals(e.getSQLState())) {
                return Optional.of(new Stored(hash, null, null));
            }
            throw new IllegalStateException("Idempotency record for key could not be claimed", e);
        }
    }

    void complete(Connection connection, UUID scope, String key, int status, String body) {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE platform.idempotency_keys SET response_status = ?, response_body = ? WHERE scope_id = ? AND idempotency_key = ?")) {
            update.setInt(1, status);
            update.setString(2, body);
            update.setObject(3, scope);
            update.setString(4, key);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Idempotency record could not be completed", e);
        }
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "5m")
    void purgeExpired() {
        try (Connection connection = dataSource.getConnection();
             Statement s = connection.createStatement()) {
            s.executeUpdate("DELETE FROM platform.idempotency_keys WHERE created_at < now() - interval '24 hours'");
        } catch (SQLException e) {
            throw new IllegalStateException("Expired idempotency keys could not be purged", e);
        }
    }
}
