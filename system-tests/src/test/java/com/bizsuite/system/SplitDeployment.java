package com.bizsuite.system;

import com.bizsuite.testing.PostgresServerProcess;
import com.bizsuite.testing.RedisServerProcess;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Split mode as production runs it, one per test JVM: the packaged gateway and the four service
 * jars as five processes on one real PostgreSQL and one {@code redis-server}, each service's
 * schemas migrated first with {@code <service>.jar migrate}. Unlike {@code scripts/run-split.sh},
 * which stops everything when one process exits, any one service can be stopped, killed and
 * started again while the others run. Logs and the OTP outbox are under
 * {@code target/split-deployment}.
 */
final class SplitDeployment {

    static final List<String> SERVICES = List.of("auth", "business", "inventory", "invoice");
    private static final Duration START_PATIENCE = Duration.ofSeconds(180);

    private static SplitDeployment shared;

    private final RedisServerProcess redis;
    private final PostgresServerProcess postgres;
    private final Map<String, JarProcess> processes;
    private final Path outbox;

    private SplitDeployment(RedisServerProcess redis, PostgresServerProcess postgres, Map<String, JarProcess> processes, Path outbox) {
        this.redis = redis;
        this.postgres = postgres;
        this.processes = processes;
        this.outbox = outbox;
    }

    /** The deployment the split-mode tests share; each test leaves every process running, as it found it. */
    static synchronized SplitDeployment shared() {
        if (shared == null) {
            shared = start();
        }
        return shared;
    }

    private static SplitDeployment start() {
        Path work = Path.of("target", "split-deployment").toAbsolutePath();
        try {
            Files.createDirectories(work);
            try (var old = Files.list(work)) {
                for (Path file : old.toList()) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        RedisServerProcess redis = RedisServerProcess.start();
        PostgresServerProcess postgres = PostgresServerProcess.start();
        Path outbox = work.resolve("sms-outbox.jsonl");
        Map<String, Integer> ports = new LinkedHashMap<>();
        SERVICES.forEach(service -> ports.put(service, JarProcess.freePort()));
        ports.put("gateway", JarProcess.freePort());
        Map<String, String> env = new HashMap<>(postgres.environment());
        env.put("REDIS_URI", redis.uri());
        SERVICES.forEach(service -> env.put(service.toUpperCase() + "_URL", "http://127.0.0.1:" + ports.get(service)));
        // the gateway is the services' only client-facing proxy, as in scripts/run-split.sh
        env.put("TRUSTED_PROXIES", "127.0.0.1/32");
        env.put("AUTH_SMS_OUTBOX_FILE", outbox.toString());
        // load from one test address is not abuse
        env.put("GATEWAY_RATE_LIMIT", "1000000");
        env.put("BIZSUITE_AUTH_RATE_LIMITS_SEND_PER_IP", "1000000");
        env.put("BIZSUITE_AUTH_RATE_LIMITS_SEND_PER_PHONE", "1000000");
        Map<String, JarProcess> processes = new LinkedHashMap<>();
        ports.forEach((name, port) -> processes.put(name,
                new JarProcess(name, Packaged.serviceJar(name), Packaged.jvmOptions(), env, work.resolve(name + ".log"), port)));
        SERVICES.forEach(service -> processes.get(service).runToEnd(Duration.ofSeconds(120), "migrate"));
        SplitDeployment deployment = new SplitDeployment(redis, postgres, processes, outbox);
        processes.values().forEach(JarProcess::start);
        deployment.awaitEveryoneReady();
        return deployment;
    }

    /** The public entry: the gateway. */
    URI gateway() {
        return processes.get("gateway").base();
    }

    Path outbox() {
        return outbox;
    }

    /** {@code gateway} or one of {@link #SERVICES}. */
    JarProcess process(String name) {
        JarProcess process = processes.get(name);
        if (process == null) {
            throw new IllegalArgumentException("No process " + name);
        }
        return process;
    }

    RedisServerProcess redis() {
        return redis;
    }

    PostgresServerProcess postgres() {
        return postgres;
    }

    /** A connection to the shared database, to check what the API cannot show. */
    Connection database() {
        Map<String, String> env = postgres.environment();
        try {
            return DriverManager.getConnection(env.get("JDBC_URL"), env.get("JDBC_USER"), env.get("JDBC_PASSWORD"));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not connect to " + env.get("JDBC_URL"), e);
        }
    }

    /** Starts {@code name} again and waits until it is ready; the time that took. */
    Duration restart(String name) {
        long started = System.nanoTime();
        JarProcess process = process(name);
        process.start();
        process.awaitReady(START_PATIENCE);
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /** Starts whatever a failed test left stopped, and waits until every process is ready. */
    void ensureRunning() {
        processes.values().stream().filter(p -> !p.running()).forEach(JarProcess::start);
        awaitEveryoneReady();
    }

    private void awaitEveryoneReady() {
        processes.values().forEach(p -> p.awaitReady(START_PATIENCE));
    }
}
