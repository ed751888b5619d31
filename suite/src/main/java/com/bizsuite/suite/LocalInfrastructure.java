package com.bizsuite.suite;

import com.github.fppt.jedismock.RedisServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the zero-setup run starts for itself when the environment names nothing: an embedded
 * PostgreSQL 17 whose data survives restarts (in {@code BIZSUITE_DATA_DIR}, default
 * {@code ./data}), an in-JVM Redis stand-in, and the development SMS outbox. Anything the
 * environment does name ({@code JDBC_URL}, {@code REDIS_URI}, an SMS setting) is used as is.
 */
final class LocalInfrastructure implements AutoCloseable {

    private final Map<String, Object> properties = new HashMap<>();
    private final List<String> description = new ArrayList<>();
    private EmbeddedPostgres postgres;
    private RedisServer redis;

    static LocalInfrastructure fromEnvironment(Map<String, String> env) {
        LocalInfrastructure infrastructure = new LocalInfrastructure();
        Path dataDir = Path.of(env.getOrDefault("BIZSUITE_DATA_DIR", "data")).toAbsolutePath();
        boolean production = java.util.Arrays.stream(env.getOrDefault("MICRONAUT_ENVIRONMENTS", "").split(","))
                .map(String::trim).anyMatch("prod"::equals);
        if (production && (blank(env.get("JDBC_URL")) || blank(env.get("REDIS_URI")))) {
            throw new IllegalStateException("JDBC_URL and REDIS_URI are required in production: "
                    + "the embedded PostgreSQL and the Redis stand-in are for development only");
        }
        if (blank(env.get("JDBC_URL"))) {
            infrastructure.startPostgres(dataDir.resolve("postgres"));
        } else {
            infrastructure.description.add("PostgreSQL: " + env.get("JDBC_URL"));
        }
        if (blank(env.get("REDIS_URI"))) {
            infrastructure.startRedisStandIn();
        } else {
            infrastructure.description.add("Redis: " + env.get("REDIS_URI"));
        }
        if (!production && blank(env.get("AUTH_SMS_OUTBOX_FILE")) && blank(env.get("AUTH_SMS_HTTP_URL"))) {
            Path outbox = dataDir.resolve("sms-outbox.jsonl");
            infrastructure.properties.put("bizsuite.auth.sms.outbox-file", outbox.toString());
            infrastructure.description.add("SMS: no provider configured, OTPs are appended to " + outbox);
        }
        return infrastructure;
    }

    Map<String, Object> properties() {
        return properties;
    }

    List<String> describe() {
        return description;
    }

    private void startPostgres(Path directory) {
        try {
            Files.createDirectories(directory);
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setPort(freePort())
                    .start();
            properties.put("datasources.default.url", postgres.getJdbcUrl("postgres", "postgres"));
            properties.put("datasources.default.username", "postgres");
            properties.put("datasources.default.password", "postgres");
            description.add("PostgreSQL: embedded PostgreSQL 17 on port " + postgres.getPort() + ", data in " + directory
                    + " (kept across restarts; set JDBC_URL to use your own)");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded PostgreSQL in " + directory, e);
        }
    }

    private void startRedisStandIn() {
        try {
            redis = RedisServer.newRedisServer(0);
            redis.start();
            properties.put("redis.uri", "redis://127.0.0.1:" + redis.getBindPort());
            description.add("Redis: in-JVM stand-in on port " + redis.getBindPort()
                    + " (OTPs, rate limits and revocations are lost on restart; set REDIS_URI to use a real Redis)");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the in-JVM Redis stand-in", e);
        }
    }

    @Override
    public void close() {
        try {
            if (redis != null) {
                redis.stop();
            }
            if (postgres != null) {
                postgres.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
