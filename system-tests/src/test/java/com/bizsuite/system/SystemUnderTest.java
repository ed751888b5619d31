package com.bizsuite.system;

import com.bizsuite.testing.RealInfrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The BizSuite the system tests talk to, one per test JVM. With {@code BIZSUITE_BASE_URL} set it
 * is whatever answers there (the suite, or split mode behind its gateway), and
 * {@code BIZSUITE_SMS_OUTBOX} names the OTP outbox that deployment writes. Otherwise it is the
 * packaged {@code bizsuite.jar}, started as its own process with the JVM options it ships with,
 * against a real PostgreSQL and Redis, exactly as an operator runs it.
 */
final class SystemUnderTest {

    private static SystemUnderTest instance;

    private final URI base;
    private final Path outbox;
    private final JarProcess process;

    private SystemUnderTest(URI base, Path outbox, JarProcess process) {
        this.base = base;
        this.outbox = outbox;
        this.process = process;
    }

    /** The deployment every system test shares. */
    static synchronized SystemUnderTest get() {
        if (instance == null) {
            String external = System.getenv("BIZSUITE_BASE_URL");
            instance = external == null || external.isBlank()
                    ? startPackagedSuite("shared", RealInfrastructure.processEnvironment())
                    : running(external);
        }
        return instance;
    }

    /** Stops a suite this JVM started, as SIGTERM does. */
    void stop() {
        if (process != null) {
            process.stop();
        }
    }

    URI base() {
        return base;
    }

    Path outbox() {
        return outbox;
    }

    /** The server's own log when this JVM started it; empty for a deployment found by URL. */
    Optional<String> serverLog() {
        return Optional.ofNullable(process).map(JarProcess::log);
    }

    private static SystemUnderTest running(String baseUrl) {
        String outbox = System.getenv("BIZSUITE_SMS_OUTBOX");
        if (outbox == null || outbox.isBlank()) {
            throw new IllegalStateException("BIZSUITE_BASE_URL needs BIZSUITE_SMS_OUTBOX: the OTP outbox file that deployment writes");
        }
        SystemUnderTest target = new SystemUnderTest(URI.create(baseUrl), Path.of(outbox), null);
        JarProcess.awaitReady(target.base, Duration.ofSeconds(60), () -> null);
        return target;
    }

    /**
     * A packaged suite of the caller's own, on the PostgreSQL and Redis that {@code environment}
     * names ({@code JDBC_*}, {@code REDIS_URI}), for tests that break its dependencies.
     */
    static SystemUnderTest startPackagedSuite(String name, Map<String, String> environment) {
        try {
            Path work = Files.createDirectories(Path.of("target", "system-under-test", name)).toAbsolutePath();
            Path outbox = work.resolve("sms-outbox.jsonl");
            Path log = work.resolve("bizsuite.log");
            Files.deleteIfExists(outbox);
            Files.deleteIfExists(log);
            Map<String, String> env = new HashMap<>(environment);
            env.put("AUTH_SMS_OUTBOX_FILE", outbox.toString());
            env.put("BIZSUITE_DATA_DIR", work.resolve("data").toString());
            JarProcess suite = new JarProcess("bizsuite", Packaged.suiteJar(), Packaged.jvmOptions(), env, log, JarProcess.freePort());
            suite.start();
            suite.awaitReady(Duration.ofSeconds(120));
            return new SystemUnderTest(suite.base(), outbox, suite);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
