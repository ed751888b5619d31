package com.bizsuite.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * One real Redis per test JVM: {@code TEST_REDIS_URI} when set, else a {@code redis-server}
 * found on the PATH, started on a free port. There is no silent fallback to a fake.
 */
final class TestRedis {

    private static String uri;

    private TestRedis() {
    }

    static synchronized String uri() {
        if (uri == null) {
            uri = start();
        }
        return uri;
    }

    private static String start() {
        String configured = System.getenv("TEST_REDIS_URI");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        Path binary = findServer();
        try {
            int port = freePort();
            Process process = new ProcessBuilder(binary.toString(), "--port", String.valueOf(port), "--bind", "127.0.0.1",
                    "--save", "", "--appendonly", "no", "--protected-mode", "no")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
            awaitPort(port, process);
            return "redis://127.0.0.1:" + port;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + binary, e);
        }
    }

    private static Path findServer() {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.concat(Stream.of(path.split(File.pathSeparator)), List.of("/usr/bin", "/usr/sbin", "/usr/local/bin").stream())
                .map(dir -> Path.of(dir, "redis-server"))
                .filter(Files::isExecutable)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "Integration tests need a real Redis: set TEST_REDIS_URI, or install redis-server "
                                + "(apt-get install -y redis-server) so it is on the PATH."));
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void awaitPort(int port, Process process) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("redis-server exited with " + process.exitValue());
            }
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new IllegalStateException("redis-server did not open port " + port);
    }
}
