package com.bizsuite.gateway;

import com.bizsuite.testing.ApiResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service that is down, slow or not ready: the client gets the contract's problem body with
 * 503, 504 or a readiness that says which service, in time. Here nothing listens for inventory,
 * and invoice's routes may take half a second unless a route says otherwise.
 */
@MicronautTest
class GatewayFailuresIT extends GatewayFixture {

    private final int closedPort = closedPort();

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of(
                "bizsuite.gateway.services.inventory.url", "http://127.0.0.1:" + closedPort,
                "bizsuite.gateway.services.invoice.timeout", "500ms");
    }

    @AfterEach
    void servicesReadyAgain() {
        services.values().forEach(stub -> {
            stub.readiness = 200;
            stub.readinessDelayMillis = 0;
        });
    }

    @Test
    void aServiceThatRefusesConnectionsIs503WithRetryAfter() {
        ApiResponse response = api().post("/api/v1/stock/adjust", Map.of("item_id", "x"), "X-Request-ID", "refused-1");
        assertThat(response.status()).isEqualTo(503);
        assertThat(response.header("retry-after")).isEqualTo("5");
        assertProblem(response, 503, "Service Unavailable", "/api/v1/stock/adjust", "POST");
        assertThat(response.text("message")).isEqualTo("The inventory service is unavailable; please retry shortly");
        assertThat(response.text("request_id")).isEqualTo("refused-1");
        assertThat(response.header("x-request-id")).isEqualTo("refused-1");
    }

    @Test
    void aServiceTooSlowForTheRouteIs504() {
        long started = System.nanoTime();
        ApiResponse response = api().get("/api/v1/payments/slow");
        long tookMillis = (System.nanoTime() - started) / 1_000_000;
        assertThat(response.status()).isEqualTo(504);
        assertProblem(response, 504, "Gateway Timeout", "/api/v1/payments/slow", "GET");
        assertThat(response.text("message")).isEqualTo("The invoice service did not answer in time");
        assertThat(tookMillis).as("the route's half second, not the service's two").isLessThan(1800);
    }

    @Test
    void aRouteWithItsOwnTimeOutMayTakeLonger() {
        ApiResponse response = api().get("/api/v1/reports/slow");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text("slow")).isEqualTo("true");
    }

    @Test
    void readinessIsDownWhileAServiceIsNotReadyAndSaysWhich() {
        services.get("auth").readiness = 503;
        ApiResponse readiness = api().get("/health/readiness");
        assertThat(readiness.status()).isEqualTo(503);
        assertThat(readiness.text("status")).isEqualTo("DOWN");
        assertThat(readiness.text("details.auth.status")).isEqualTo("DOWN");
        assertThat(readiness.text("details.auth.details.http_status")).isEqualTo("503");
        assertThat(readiness.text("details.inventory.status")).isEqualTo("DOWN");
        assertThat(readiness.text("details.inventory.details.reason")).isEqualTo("The inventory service is unavailable; please retry shortly");
        assertThat(readiness.text("details.business.status")).isEqualTo("UP");
        assertThat(readiness.text("details.invoice.status")).isEqualTo("UP");
        assertThat(readiness.body()).as("no service internals").doesNotContain("database");
    }

    @Test
    void readinessAnswersWithinTwoSecondsWhenAServiceHangs() {
        services.get("business").readinessDelayMillis = 10_000;
        long started = System.nanoTime();
        ApiResponse readiness = api().get("/health/readiness");
        long tookMillis = (System.nanoTime() - started) / 1_000_000;
        assertThat(readiness.status()).isEqualTo(503);
        assertThat(readiness.text("details.business.status")).isEqualTo("DOWN");
        assertThat(readiness.text("details.business.details.reason")).isEqualTo("The business service did not answer in time");
        assertThat(tookMillis).isLessThan(2500);
    }

    @Test
    void livenessIsTheGatewaysOwnAndStaysUp() {
        assertThat(api().get("/health/liveness").status()).isEqualTo(200);
    }

    private static void assertProblem(ApiResponse response, int status, String reason, String path, String method) {
        assertThat(response.header("content-type")).startsWith("application/problem+json");
        assertThat(response.text("status")).isEqualTo(String.valueOf(status));
        assertThat(response.text("statusCode")).isEqualTo(String.valueOf(status));
        assertThat(response.text("title")).isEqualTo(reason);
        assertThat(response.text("error")).isEqualTo(reason);
        assertThat(response.text("type")).isEqualTo("/problems/" + reason.toLowerCase().replace(' ', '-'));
        assertThat(response.text("path")).isEqualTo(path);
        assertThat(response.text("instance")).isEqualTo(path);
        assertThat(response.text("method")).isEqualTo(method);
        assertThat(response.text("timestamp")).isNotBlank();
        assertThat(response.text("detail")).isEqualTo(response.text("message"));
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
