package com.bizsuite.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One real PostgreSQL per test JVM: {@code TEST_JDBC_URL} when set, else a Testcontainers
 * PostgreSQL when a Docker engine answers, else an embedded PostgreSQL 17 (real binaries).
 */
final class TestPostgres {

    record Connection(String url, String user, String password, String source) {
    }

    private static Connection connection;

    private TestPostgres() {
    }

    static synchronized Connection connection() {
        if (connection == null) {
            connection = start();
        }
        return connection;
    }

    private static Connection start() {
        String url = System.getenv("TEST_JDBC_URL");
        if (url != null && !url.isBlank()) {
            return new Connection(url, env("TEST_JDBC_USER", "postgres"), env("TEST_JDBC_PASSWORD", ""), "TEST_JDBC_URL");
        }
        if (dockerAnswers()) {
            PostgreSQLContainer<?> container = new PostgreSQLContainer<>("postgres:17-alpine");
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
            return new Connection(container.getJdbcUrl(), container.getUsername(), container.getPassword(), "Testcontainers");
        }
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is going away; the temporary cluster goes with it
                }
            }));
            return new Connection(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres", "embedded PostgreSQL");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
        }
    }

    private static boolean dockerAnswers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
