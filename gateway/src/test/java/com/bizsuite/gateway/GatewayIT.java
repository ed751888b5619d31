package com.bizsuite.gateway;

import com.bizsuite.testing.ApiResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static com.bizsuite.testing.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

/** Routing, what passes to a service and back, request ids, CORS and the gateway's own endpoints. */
@MicronautTest
class GatewayIT extends GatewayFixture {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
            "POST, /api/v1/auth/send-otp, auth",
            "DELETE, /api/v1/auth/sessions/all, auth",
            "GET, /api/v1/users/me, auth",
            "PATCH, /api/v1/users/profile, auth",
            "GET, /api/v1/users/search?phone=9876543210, auth",
            "GET, /.well-known/jwks.json, auth",
            "GET, /api/v1/users/me/businesses, business",
            "GET, /users/me/businesses, business",
            "POST, /api/v1/businesses, business",
            "GET, /api/v1/businesses/42/audit-logs/verify, business",
            "PATCH, /businesses/42/users/7/role, business",
            "GET, /api/v1/permissions, business",
            "GET, /permissions, business",
            "GET, /api/v1/parties?type=customer&search=a%20b, business",
            "DELETE, /api/v1/parties/42, business",
            "GET, /api/v1/parties/42/ledger?startDate=2026-04-01, invoice",
            "GET, /api/v1/items/low-stock, inventory",
            "POST, /api/v1/categories, inventory",
            "GET, /api/v1/units/3, inventory",
            "POST, /api/v1/stock/adjust, inventory",
            "GET, /api/v1/stock/items/42/history, inventory",
            "POST, /api/v1/invoices/42/credit-notes, invoice",
            "GET, /api/v1/invoices/42/pdf, invoice",
            "PUT, /api/v1/payments/42, invoice",
            "GET, /api/v1/reports/gstr1?from=2026-04-01&to=2026-04-30, invoice",
    })
    void routesEachPathToTheServiceThatOwnsIt(String method, String path, String service) {
        ApiResponse response = api().send(method, path, method.equals("GET") || method.equals("DELETE") ? null : object("a", 1));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text("service")).isEqualTo(service);
        assertThat(response.text("method")).isEqualTo(method);
        assertThat(response.text("path")).as("path and query arrive unchanged").isEqualTo(path);
    }

    @ParameterizedTest
    @CsvSource({
            "/internal/inventory/moves",
            "/api/v1/internal/x",
            "/api/v1/unknown",
            "/swagger-ui/index.html",
            "/api/v1/permissions/x",
            "/api/v1/auth/%2e%2e/%2e%2e/internal/inventory/moves",
            "/api/v1/auth/..%2f..%2finternal",
            "/",
    })
    void nothingElseIsRouted(String path) {
        int before = totalRequests();
        ApiResponse response = api().get(path);
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("content-type")).startsWith("application/problem+json");
        assertThat(response.text("message")).startsWith("Cannot GET /");
        assertThat(totalRequests()).as("no service was asked").isEqualTo(before);
    }

    @Test
    void aServicesOwnErrorsAndHeadAnswersPassUnchanged() {
        ApiResponse conflict = api().patch("/api/v1/invoices/42/conflict", object("status", "issued"));
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.body()).isEqualTo("{\"statusCode\":409,\"message\":\"from the service\"}");
        assertThat(conflict.header("etag")).isEqualTo("\"7\"");

        ApiResponse head = api().send("HEAD", "/api/v1/units/3", null);
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
    }

    @Test
    void anyAcceptedTypeIsTheServicesToAnswer() {
        ApiResponse csv = api().get("/api/v1/reports/sales-register/csv", "Accept", "text/csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("content-type")).startsWith("text/csv");
        assertThat(csv.body()).startsWith("invoice_number,total");
        assertThat(api().get("/api/v1/invoices/1/pdf/csv", "Accept", "application/pdf").status()).isEqualTo(200);
        assertThat(api().get("/health/liveness", "Accept", "*/*").status()).as("the gateway's own endpoints stay its own").isEqualTo(200);
        assertThat(api().get("/prometheus", "Accept", "*/*").status()).isEqualTo(200);
    }

    @Test
    void aBodyOverTheLimitIs413AndTheClientCanGoOn() throws Exception {
        int before = totalRequests();
        ApiResponse told = api().post("/api/v1/items", "x".repeat(StubService.MEGABYTE + 1));
        assertThat(told.status()).isEqualTo(413);
        assertThat(told.text("message")).isEqualTo("Request body is larger than the 1 MiB limit");
        assertThat(totalRequests()).as("a body told too large in advance reaches no service").isEqualTo(before);

        HttpResponse<String> streamed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + "/api/v1/items/upload"))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(new byte[StubService.MEGABYTE + 1])))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(streamed.statusCode()).as("a body that grows too large on the way").isEqualTo(413);

        assertThat(api().get("/api/v1/units").status()).as("the next request on the client's connections").isEqualTo(200);
    }

    @Test
    void endToEndHeadersPassAndHopByHopOnesStay() {
        String response = raw("""
                GET /api/v1/parties HTTP/1.1\r
                Authorization: Bearer some.token\r
                x-business-id: 6f1c2a3e-0000-4000-8000-000000000001\r
                If-Match: "3"\r
                Connection: X-Hop-Secret\r
                X-Hop-Secret: s\r
                Keep-Alive: timeout=5\r
                Proxy-Authorization: Basic eDp5\r
                TE: trailers\r
                Forwarded: for=6.6.6.6\r
                X-Forwarded-For: 6.6.6.6\r
                X-Forwarded-Host: evil.example\r
                X-Forwarded-Proto: https""");
        assertThat(response).startsWith("HTTP/1.1 200");
        Map<String, Object> headers = echoedHeaders(response);
        assertThat(headers).containsEntry("authorization", List.of("Bearer some.token"))
                .containsEntry("x-business-id", List.of("6f1c2a3e-0000-4000-8000-000000000001"))
                .containsEntry("if-match", List.of("\"3\""))
                .doesNotContainKeys("x-hop-secret", "keep-alive", "proxy-authorization", "te", "forwarded");
        assertThat(headers).as("an untrusted caller's forwarding headers are replaced")
                .containsEntry("x-forwarded-for", List.of("127.0.0.1"))
                .containsEntry("x-forwarded-proto", List.of("http"))
                .containsEntry("x-forwarded-host", List.of("127.0.0.1:" + server.getPort()));
    }

    @Test
    void aServicesHopByHopAndCorsHeadersStayBehind() {
        ApiResponse response = api().get("/api/v1/items/hop", "Origin", "http://localhost:3000");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("x-service-header")).isEqualTo("kept");
        assertThat(values(response, "keep-alive")).isEmpty();
        assertThat(values(response, "proxy-authenticate")).isEmpty();
        assertThat(values(response, "upgrade")).isEmpty();
        assertThat(values(response, "access-control-allow-origin")).as("the gateway's CORS answer, once")
                .containsExactly("http://localhost:3000");
    }

    @Test
    void theRequestIdIsKeptWhenSaneAndMadeOtherwise() {
        ApiResponse kept = api().get("/api/v1/units", "X-Request-ID", "client-id.42:a_b-c");
        assertThat(kept.header("x-request-id")).isEqualTo("client-id.42:a_b-c");
        assertThat(echoed(kept, "x-request-id")).isEqualTo("client-id.42:a_b-c");

        ApiResponse replaced = api().get("/api/v1/units", "X-Request-ID", "no spaces <allowed>");
        assertThat(replaced.header("x-request-id")).matches("[0-9a-f-]{36}");
        assertThat(echoed(replaced, "x-request-id")).as("the service logs the id the client gets").isEqualTo(replaced.header("x-request-id"));

        ApiResponse made = api().get("/api/v1/units");
        assertThat(made.header("x-request-id")).matches("[0-9a-f-]{36}");
        assertThat(echoed(made, "x-request-id")).isEqualTo(made.header("x-request-id"));
    }

    @Test
    void corsPreflightIsAnsweredHereForAllowedOriginsOnly() {
        int before = totalRequests();
        ApiResponse allowed = api().send("OPTIONS", "/api/v1/parties", null, "Origin", "http://localhost:3000",
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "authorization,content-type,x-business-id,idempotency-key");
        assertThat(allowed.status()).isEqualTo(200);
        assertThat(allowed.header("access-control-allow-origin")).isEqualTo("http://localhost:3000");
        assertThat(values(allowed, "access-control-allow-methods")).contains("POST");
        assertThat(values(allowed, "access-control-allow-headers")).contains("x-business-id", "idempotency-key");
        assertThat(allowed.header("access-control-max-age")).isEqualTo("3600");
        assertThat(totalRequests()).as("a preflight never reaches a service").isEqualTo(before);

        ApiResponse refused = api().send("OPTIONS", "/api/v1/parties", null, "Origin", "http://evil.example",
                "Access-Control-Request-Method", "POST");
        assertThat(values(refused, "access-control-allow-origin")).isEmpty();

        ApiResponse actual = api().get("/api/v1/parties", "Origin", "http://localhost:3000");
        assertThat(actual.header("access-control-allow-origin")).isEqualTo("http://localhost:3000");
        assertThat(values(actual, "access-control-expose-headers")).contains("x-request-id");
    }

    @Test
    void livenessReadinessAndMetricsAreTheGatewaysOwn() {
        assertThat(api().get("/health/liveness").status()).isEqualTo(200);
        ApiResponse readiness = api().get("/health/readiness");
        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.text("status")).isEqualTo("UP");
        for (String service : services.keySet()) {
            assertThat(readiness.text("details." + service + ".status")).isEqualTo("UP");
        }
        api().get("/api/v1/units");
        ApiResponse metrics = api().get("/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("http_server_requests_seconds_bucket");
    }

    private int totalRequests() {
        return services.values().stream().mapToInt(s -> s.requests.get()).sum();
    }


    private static List<String> values(ApiResponse response, String header) {
        return response.headers().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(header))
                .flatMap(e -> e.getValue().stream()).toList();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> echoedHeaders(String rawResponse) {
        String body = rawResponse.substring(rawResponse.indexOf("\r\n\r\n") + 4);
        try {
            Map<String, Object> echo = json.readValue(body.substring(body.indexOf('{'), body.lastIndexOf('}') + 1), Map.class);
            return (Map<String, Object>) echo.get("headers");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
