package com.bizsuite.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A real PostgreSQL 17 (embedded binaries) with its own data directory and port, that a test can
 * stop and start again with its data kept, to play a database outage or failover.
 */
public final class PostgresServerProcess {

    private final Path dataDirectory;
    private final int port;
    private EmbeddedPostgres postgres;

    private PostgresServerProcess(Path dataDirectory, int port) {
        this.dataDirectory = dataDirectory;
        this.port = port;
    }

    public static PostgresServerProcess start() {
        try {
            PostgresServerProcess server = new PostgresServerProcess(Files.createTempDirectory("bizsuite-pg"), RedisServerProcess.freePort());
            server.startAgain();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code JDBC_URL}, {@code JDBC_USER} and {@code JDBC_PASSWORD} for a BizSuite process. */
    public Map<String, String> environment() {
        return Map.of("JDBC_URL", "jdbc:postgresql://127.0.0.1:" + port + "/postgres", "JDBC_USER", "postgres", "JDBC_PASSWORD", "postgres");
    }

    /** Stops the server (fast shutdown: open connections are cut, as in a failover). */
    public synchronized void stop() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            postgres = null;
        }
    }

    public synchronized void startAgain() {
        try {
            postgres = EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false).setPort(port).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start PostgreSQL on port " + port, e);
        }
    }
}
