package com.bizsuite.system;

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
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * One packaged BizSuite jar run as its own process, as an operator runs it ({@code java
 * @jvm.options -jar <jar>}, configured only by its environment), that a test can stop (SIGTERM),
 * kill ({@code kill -9}) and start again on the same port. Its output goes to one log, appended
 * across restarts.
 */
final class JarProcess {

    // what the test JVM's own environment might hold that would configure the process behind the test's back
    private static final List<String> NOT_INHERITED = List.of("JDBC_", "REDIS_", "AUTH_", "BUSINESS_", "INVENTORY_", "INVOICE_",
            "GATEWAY_", "BIZSUITE_", "MICRONAUT_", "TRUSTED_PROXIES", "PORT", "JAVA_TOOL_OPTIONS");

    private final String name;
    private final Path jar;
    private final Path jvmOptions;
    private final Map<String, String> environment;
    private final Path log;
    private final int port;
    private Process process;

    /** {@code environment} without {@code PORT}: the process gets {@code port}. */
    JarProcess(String name, Path jar, Path jvmOptions, Map<String, String> environment, Path log, int port) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: package it first (./mvnw -pl system-tests -am package -DskipTests)");
        }
        this.name = name;
        this.jar = jar.toAbsolutePath();
        this.jvmOptions = jvmOptions.toAbsolutePath();
        this.environment = Map.copyOf(environment);
        this.log = log.toAbsolutePath();
        this.port = port;
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, name + "-stop"));
    }

    String name() {
        return name;
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** Runs the jar with {@code args} (such as {@code migrate}) to its end; fails with its output when it fails. */
    void runToEnd(Duration patience, String... args) {
        try {
            Process run = builder(args).start();
            if (!run.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                run.destroyForcibly();
                throw new IllegalStateException(name + " " + String.join(" ", args) + " did not end within " + patience + ":\n" + log());
            }
            if (run.exitValue() != 0) {
                throw new IllegalStateException(name + " " + String.join(" ", args) + " exited with " + run.exitValue() + ":\n" + log());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run " + jar, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Starts the process; {@link #awaitReady} waits for it. */
    synchronized void start() {
        if (running()) {
            throw new IllegalStateException(name + " is running already");
        }
        try {
            process = builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + jar, e);
        }
    }

    synchronized boolean running() {
        return process != null && process.isAlive();
    }

    /** Stops the process as SIGTERM does (a graceful shutdown) and waits until it has exited. */
    void stop() {
        end(false);
    }

    /** Kills the process at once ({@code kill -9}): no shutdown hook runs, open connections are cut. */
    void kill() {
        end(true);
    }

    private synchronized void end(boolean forcibly) {
        if (process == null) {
            return;
        }
        if (forcibly) {
            process.destroyForcibly();
        } else {
            process.destroy();
        }
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    void awaitReady(Duration patience) {
        awaitReady(base(), patience, () -> {
            synchronized (this) {
                return process != null && !process.isAlive() ? name + " exited with " + process.exitValue() + ":\n" + log() : null;
            }
        });
    }

    String log() {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Waits until {@code base} answers 200 on {@code /health/readiness}; {@code failure} says why
     * waiting is pointless (the process exited), else null.
     */
    static void awaitReady(URI base, Duration patience, Supplier<String> failure) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            String failed = failure.get();
            if (failed != null) {
                throw new IllegalStateException(failed);
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
            pause(Duration.ofMillis(100));
        }
        throw new IllegalStateException(base + " was not ready within " + patience);
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ProcessBuilder builder(String... args) throws IOException {
        Files.createDirectories(log.getParent());
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "@" + jvmOptions, "-jar", jar.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = builder.environment();
        for (String inherited : new HashMap<>(env).keySet()) {
            if (NOT_INHERITED.stream().anyMatch(inherited::startsWith)) {
                env.remove(inherited);
            }
        }
        env.putAll(environment);
        env.put("PORT", String.valueOf(port));
        return builder;
    }
}
