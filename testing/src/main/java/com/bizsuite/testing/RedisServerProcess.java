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
 * A real {@code redis-server} (from the PATH) on a port of its own, without persistence, that a
 * test can stop and start again on the same port to play an outage.
 */
public final class RedisServerProcess {

    private final Path binary = findServer();
    private final int port;
    private Process process;

    private RedisServerProcess(int port) {
        this.port = port;
    }

    /** Starts one on a free port. */
    public static RedisServerProcess start() {
        try {
            RedisServerProcess redis = new RedisServerProcess(freePort());
            redis.startAgain();
            Runtime.getRuntime().addShutdownHook(new Thread(redis::stop));
            return redis;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String uri() {
        return "redis://127.0.0.1:" + port;
    }

    /** Kills the server at once, as a crash or a lost node would. */
    public synchronized void stop() {
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
    }

    /** Starts the server again on the same port (empty: it keeps nothing). */
    public synchronized void startAgain() {
        try {
            process = new ProcessBuilder(binary.toString(), "--port", String.valueOf(port), "--bind", "127.0.0.1",
                    "--save", "", "--appendonly", "no", "--protected-mode", "no")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            awaitPort();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + binary, e);
        }
    }

    private void awaitPort() {
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
}
