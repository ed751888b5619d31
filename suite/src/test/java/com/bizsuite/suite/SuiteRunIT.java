package com.bizsuite.suite;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's run, black box: the packaged suite started as its own process with nothing
 * configured (embedded PostgreSQL, Redis stand-in, SMS outbox), then used over HTTP.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SuiteRunIT {

    private final HttpClient http = HttpClient.newHttpClient();
    private Path dataDir;
    private Process suite;
    private URI base;
    private Path log;

    @BeforeAll
    void start() throws Exception {
        dataDir = Files.createTempDirectory("bizsuite-data");
        startSuite();
    }

    @AfterAll
    void stop() {
        stopSuite();
    }

    @Test
    void readyWithDatabaseRedisAndMigrations() throws Exception {
        HttpResponse<String> readiness = get("/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"status\":\"UP\"");
        assertThat(get("/health/liveness").statusCode()).isEqualTo(200);
        assertThat(Files.readString(log)).contains("BizSuite ready in").contains("data in").contains("sms-outbox.jsonl");
    }

    @Test
    void fullLoginThroughTheOutboxAndDataSurvivesARestart() throws Exception {
        String phone = "9123456789";
        String first = loginAndReadNewUserFlag(phone);
        assertThat(first).isEqualTo("true");

        stopSuite();
        startSuite();
        assertThat(loginAndReadNewUserFlag(phone)).as("the user is still there after a restart").isEqualTo("false");
    }

    @Test
    void apiDescriptionAndBrowsableUi() throws Exception {
        HttpResponse<String> spec = get("/openapi.yml");
        assertThat(spec.statusCode()).isEqualTo(200);
        assertThat(spec.body()).contains("/api/v1/auth/send-otp", "/api/v1/auth/verify-otp", "/api/v1/users/me",
                "/.well-known/jwks.json", "SendOtpRequest");
        HttpResponse<String> ui = get("/swagger-ui/index.html");
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body()).containsIgnoringCase("swagger");
    }

    @Test
    void prometheusHasRouteHistogramsJvmAndPool() throws Exception {
        get("/health/liveness");
        post("/api/v1/auth/send-otp", "{\"phone\":\"12\",\"purpose\":\"login\"}", "application/json");
        HttpResponse<String> metrics = get("/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body())
                .contains("http_server_requests_seconds_bucket{")
                .contains("uri=\"/api/v1/auth/send-otp\"")
                .contains("status=\"400\"")
                .contains("jvm_memory_used_bytes")
                .contains("hikaricp_connections");
    }

    @Test
    void errorsHaveTheContractShape() throws Exception {
        HttpResponse<String> unknownRoute = get("/api/v1/no-such-thing");
        assertThat(unknownRoute.statusCode()).isEqualTo(404);
        assertThat(unknownRoute.headers().firstValue("content-type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(unknownRoute.body()).contains("\"statusCode\":404", "\"path\":\"/api/v1/no-such-thing\"", "\"method\":\"GET\"", "\"request_id\"");

        HttpResponse<String> wrongMethod = send("PUT", "/api/v1/auth/send-otp", "{}", "application/json");
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.body()).contains("\"statusCode\":405");

        HttpResponse<String> wrongType = post("/api/v1/auth/send-otp", "phone=9876543210", "text/plain");
        assertThat(wrongType.statusCode()).isEqualTo(415);

        HttpResponse<String> tooBig = post("/api/v1/auth/send-otp", "{\"phone\":\"" + "9".repeat(1_100_000) + "\"}", "application/json");
        assertThat(tooBig.statusCode()).isEqualTo(413);
        assertThat(tooBig.body()).contains("1 MiB");
    }

    @Test
    void corsAllowsTheClientHeadersAndExposesTheOnesTheyRead() throws Exception {
        HttpResponse<String> preflight = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/users/profile"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://localhost:3000")
                .header("Access-Control-Request-Method", "PATCH")
                .header("Access-Control-Request-Headers", "authorization,x-business-id,idempotency-key,if-match")
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("access-control-allow-origin")).contains("http://localhost:3000");
        assertThat(preflight.headers().allValues("access-control-allow-headers").toString().toLowerCase())
                .contains("authorization", "x-business-id", "idempotency-key", "if-match");

        HttpResponse<String> actual = http.send(HttpRequest.newBuilder(base.resolve("/health/liveness"))
                .header("Origin", "http://localhost:3000").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(actual.headers().allValues("access-control-expose-headers").toString().toLowerCase()).contains("etag", "x-request-id");
    }

    private String loginAndReadNewUserFlag(String phone) throws Exception {
        HttpResponse<String> sent = post("/api/v1/auth/send-otp", "{\"phone\":\"" + phone + "\",\"purpose\":\"login\"}", "application/json");
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
        String otpId = field(sent.body(), "otp_id");
        List<String> outbox = Files.readAllLines(dataDir.resolve("sms-outbox.jsonl"));
        String line = outbox.stream().filter(l -> l.contains(otpId)).findFirst().orElseThrow();
        String otp = field(line, "otp");
        HttpResponse<String> verified = post("/api/v1/auth/verify-otp",
                "{\"phone\":\"" + phone + "\",\"otp\":\"" + otp + "\",\"otp_id\":\"" + otpId + "\"}", "application/json");
        assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
        String accessToken = field(verified.body(), "access_token");
        HttpResponse<String> me = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/users/me"))
                .header("Authorization", "Bearer " + accessToken).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains(phone);
        Matcher isNew = Pattern.compile("\"is_new_user\":(true|false)").matcher(verified.body());
        assertThat(isNew.find()).isTrue();
        return isNew.group(1);
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
        assertThat(m.find()).as(name + " in " + json).isTrue();
        return m.group(1);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body, String contentType) throws Exception {
        return send("POST", path, body, contentType);
    }

    private HttpResponse<String> send(String method, String path, String body, String contentType) throws Exception {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private void startSuite() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        base = URI.create("http://127.0.0.1:" + port);
        log = Files.createTempFile("bizsuite-run", ".log");
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-jar", System.getProperty("bizsuite.jar", "target/bizsuite.jar"))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        for (String name : new HashMap<>(env).keySet()) {
            if (name.startsWith("JDBC_") || name.startsWith("REDIS_") || name.startsWith("AUTH_SMS_") || name.equals("MICRONAUT_ENVIRONMENTS")) {
                env.remove(name);
            }
        }
        env.put("BIZSUITE_DATA_DIR", dataDir.toString());
        env.put("PORT", String.valueOf(port));
        suite = builder.start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            if (!suite.isAlive()) {
                throw new IllegalStateException("The suite exited: " + Files.readString(log));
            }
            try {
                if (get("/health/readiness").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("The suite did not become ready: " + Files.readString(log));
    }

    private void stopSuite() {
        if (suite != null) {
            suite.destroy();
            try {
                suite.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
