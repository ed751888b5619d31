package com.bizsuite.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * A real HTTP server standing in for one service behind the gateway. It answers every request with
 * what it received (service, method, path with query, headers) as JSON, except for a few paths:
 * {@code .../slow} answers after two seconds, {@code .../upload} reads the body and answers its
 * size and SHA-256, {@code .../download} sends {@link #DOWNLOAD_SIZE} bytes, {@code .../conflict}
 * answers 409, {@code .../hop} answers with hop-by-hop and CORS headers, and
 * {@code /health/readiness} answers {@link #readiness}.
 */
final class StubService implements AutoCloseable {

    static final int MEGABYTE = 1024 * 1024;
    static final int DOWNLOAD_SIZE = 5 * MEGABYTE;

    final String name;
    final AtomicInteger requests = new AtomicInteger();
    /**
     * Counted down once half a megabyte of an upload has arrived (a client library may hold the last
     * few kilobytes of what it was given until more comes).
     */
    final CountDownLatch uploadArriving = new CountDownLatch(1);
    /** A download sends its first megabyte, then waits for this before the rest. */
    final CountDownLatch clientHasFirstMegabyte = new CountDownLatch(1);
    volatile int readiness = 200;
    volatile long readinessDelayMillis;

    private final HttpServer server;

    private StubService(String name, HttpServer server) {
        this.name = name;
        this.server = server;
    }

    static StubService start(String name) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            StubService stub = new StubService(name, server);
            server.createContext("/", stub::handle);
            server.setExecutor(Executors.newCachedThreadPool());
            server.start();
            return stub;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    static byte[] pattern(int size) {
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) (i * 31 + (i >>> 12));
        }
        return bytes;
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        try (exchange) {
            if (path.equals("/health/readiness")) {
                sleep(readinessDelayMillis);
                answer(exchange, readiness, "{\"status\":\"" + (readiness == 200 ? "UP" : "DOWN") + "\"}");
                return;
            }
            requests.incrementAndGet();
            if (path.endsWith("/slow")) {
                sleep(2000);
                answer(exchange, 200, "{\"slow\":true}");
            } else if (path.endsWith("/upload")) {
                upload(exchange);
            } else if (path.endsWith("/download")) {
                download(exchange);
            } else if (path.endsWith("/csv")) {
                byte[] csv = "invoice_number,total\nINV/26-27/00001,1180.00\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/csv");
                exchange.sendResponseHeaders(200, csv.length);
                exchange.getResponseBody().write(csv);
            } else if (path.endsWith("/conflict")) {
                exchange.getResponseHeaders().set("ETag", "\"7\"");
                answer(exchange, 409, "{\"statusCode\":409,\"message\":\"from the service\"}");
            } else if (path.endsWith("/hop")) {
                exchange.getResponseHeaders().add("Keep-Alive", "timeout=5");
                exchange.getResponseHeaders().add("Proxy-Authenticate", "Basic");
                exchange.getResponseHeaders().add("Upgrade", "h2c");
                exchange.getResponseHeaders().add("Access-Control-Allow-Origin", "*");
                exchange.getResponseHeaders().add("X-Service-Header", "kept");
                answer(exchange, 200, "{}");
            } else {
                answer(exchange, 200, echo(exchange));
            }
        }
    }

    private void upload(HttpExchange exchange) throws IOException {
        MessageDigest digest = sha256();
        long received = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = exchange.getRequestBody()) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
                received += n;
                if (received >= MEGABYTE / 2) {
                    uploadArriving.countDown();
                }
            }
        }
        answer(exchange, 200, "{\"received\":" + received + ",\"sha256\":\"" + HexFormat.of().formatHex(digest.digest()) + "\"}");
    }

    private void download(HttpExchange exchange) throws IOException {
        byte[] body = pattern(DOWNLOAD_SIZE);
        exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body, 0, MEGABYTE);
            out.flush();
            // a client that never gets the first megabyte never gets the rest
            if (clientHasFirstMegabyte.await(15, TimeUnit.SECONDS)) {
                out.write(body, MEGABYTE, DOWNLOAD_SIZE - MEGABYTE);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String echo(HttpExchange exchange) {
        Map<String, List<String>> headers = new TreeMap<>();
        exchange.getRequestHeaders().forEach((key, values) -> headers.put(key.toLowerCase(Locale.ROOT), values));
        String headerJson = headers.entrySet().stream()
                .map(e -> quote(e.getKey()) + ":[" + e.getValue().stream().map(StubService::quote).collect(Collectors.joining(",")) + "]")
                .collect(Collectors.joining(","));
        String query = exchange.getRequestURI().getRawQuery();
        return "{\"service\":" + quote(name) + ",\"method\":" + quote(exchange.getRequestMethod())
                + ",\"path\":" + quote(exchange.getRequestURI().getRawPath() + (query == null ? "" : "?" + query))
                + ",\"headers\":{" + headerJson + "}}";
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
