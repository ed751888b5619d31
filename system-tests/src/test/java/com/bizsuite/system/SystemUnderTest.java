package com.bizsuite.system;

import com.bizsuite.testing.RealInfrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
    private final Path log;
    private Process process;

    private SystemUnderTest(URI base, Path outbox, Path log) {
        this.base = base;
        this.outbox = outbox;
        this.log = log;
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
            process.destroy();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
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
        if (log == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(log));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SystemUnderTest running(String baseUrl) {
        String outbox = System.getenv("BIZSUITE_SMS_OUTBOX");
        if (outbox == null || outbox.isBlank()) {
            throw new IllegalStateException("BIZSUITE_BASE_URL needs BIZSUITE_SMS_OUTBOX: the OTP outbox file that deployment writes");
        }
        SystemUnderTest target = new SystemUnderTest(URI.create(baseUrl), Path.of(outbox), null);
        target.awaitReady(null, Duration.ofSeconds(60));
        return target;
    }

    /**
     * A packaged suite of the caller's own, on the PostgreSQL and Redis that {@code environment}
     * names ({@code JDBC_*}, {@code REDIS_URI}), for tests that break its dependencies.
     */
    static SystemUnderTest startPackagedSuite(String name, Map<String, String> environment) {
        Path jar = Path.of(System.getProperty("bizsuite.jar", "../suite/target/bizsuite.jar"));
        Path jvmOptions = Path.of(System.getProperty("bizsuite.jvm-options", "../suite/jvm.options"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: package the suite first (./mvnw -pl suite -am package)");
        }
        try {
            Path work = Files.createDirectories(Path.of("target", "system-under-test", name)).toAbsolutePath();
            Path outbox = work.resolve("sms-outbox.jsonl");
            Path log = work.resolve("bizsuite.log");
            Files.deleteIfExists(outbox);
            int port = freePort();
            String java = ProcessHandle.current().info().command().orElse("java");
            List<String> command = new ArrayList<>(List.of(java, "@" + jvmOptions.toAbsolutePath(), "-jar", jar.toAbsolutePath().toString()));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            Map<String, String> env = builder.environment();
            for (String inherited : new HashMap<>(env).keySet()) {
                if (inherited.startsWith("JDBC_") || inherited.startsWith("REDIS_") || inherited.startsWith("AUTH_")
                        || inherited.startsWith("MICRONAUT_") || inherited.equals("JAVA_TOOL_OPTIONS")) {
                    env.remove(inherited);
                }
            }
            env.putAll(environment);
            env.put("PORT", String.valueOf(port));
            env.put("AUTH_SMS_OUTBOX_FILE", outbox.toString());
            env.put("BIZSUITE_DATA_DIR", work.resolve("data").toString());
            SystemUnderTest target = new SystemUnderTest(URI.create("http://127.0.0.1:" + port), outbox, log);
            target.process = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(target.process::destroy));
            target.awaitReady(target.process, Duration.ofSeconds(120));
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + jar, e);
        }
    }

    private void awaitReady(Process process, Duration patience) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            if (process != null && !process.isAlive()) {
                throw new IllegalStateException("BizSuite exited with " + process.exitValue() + ":\n" + serverLog().orElse(""));
            }
            try {
                HttpResponse<Void> readiness = http.send(HttpRequest.newBuilder(base.resolve("/health/readiness"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (readiness.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep();
        }
        throw new IllegalStateException("BizSuite at " + base + " was not ready within " + patience + ":\n" + serverLog().orElse(""));
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
