package com.bizsuite.system;

import com.bizsuite.testing.ApiClient;
import com.bizsuite.testing.ApiResponse;
import com.bizsuite.testing.OtpLogin;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.bizsuite.testing.ApiClient.bearer;
import static com.bizsuite.testing.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Split mode under ADR 0011's outages: Redis, then PostgreSQL, stopped under load through the
 * gateway, with requests that reach every service. Without Redis reads and writes go on and only
 * what needs Redis (send-otp) is a 503; without PostgreSQL everything but send-otp is a prompt 503; each
 * service's own readiness says so (DEGRADED but in rotation, then DOWN); and every service
 * recovers by itself once the dependency is back.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SplitOutageIT extends SplitFixture {

    private static final int CLIENTS = 6;
    private static final String SEND_OTP = "POST /api/v1/auth/send-otp";
    private static final List<String> PROCESSES = List.of("gateway", "auth", "business", "inventory", "invoice");

    private String invoice;

    @BeforeAll
    void anInvoice() {
        invoice = created(api.post("/api/v1/invoices", sale(), tenant()));
    }

    @Test
    @Order(1)
    void withRedisDownEveryServiceReadsAndWritesAndOnlyWhatNeedsRedisIsA503() {
        Load.Report warm = Load.run(api, CLIENTS, 1000, this::everyService);
        split.redis().stop();
        try {
            Load.Report during = Load.run(api, CLIENTS, 3000, this::everyService);
            Map<String, ApiResponse> readiness = readinessOfEach();
            Load.record(FIGURES, "before Redis stopped", warm);
            Load.record(FIGURES, "Redis stopped; readiness " + statuses(readiness), during);
            answeredTruthfully(during);
            assertThat(during.all()).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(r.route().equals(SEND_OTP) ? 503
                    : r.route().startsWith("POST") ? 201 : 200));
            readiness.forEach((process, answer) -> assertThat(answer.status())
                    .as("%s stays in rotation without Redis: %s", process, answer).isEqualTo(200));
            readiness.forEach((process, answer) -> assertThat(answer.text("status")).as(process).isEqualTo("DEGRADED"));
        } finally {
            split.redis().startAgain();
        }
        long back = Load.untilStatus(200, 30_000, () -> api.post("/api/v1/auth/send-otp", object("phone", OtpLogin.newPhone(), "purpose", "login")));
        Load.Report after = Load.run(api, CLIENTS, 1000, this::everyService);
        Load.record(FIGURES, "Redis started again; send-otp answered 200 after " + back + " ms; readiness " + statuses(readinessOfEach())
                + "; then", after);
        assertThat(after.statuses()).containsOnly(200, 201);
        readinessOfEach().forEach((process, answer) -> assertThat(answer.text("status")).as(process).isEqualTo("UP"));
    }

    @Test
    @Order(2)
    void withPostgresDownEveryServiceAnswers503AtOnceAndRecoversByItself() {
        String key = UUID.randomUUID().toString();
        split.postgres().stop();
        try {
            Load.Report during = Load.run(api, CLIENTS, 3000, this::everyService);
            ApiResponse refused = api.post("/api/v1/invoices", sale(), tenant("Idempotency-Key", key));
            Map<String, ApiResponse> readiness = readinessOfEach();
            Load.record(FIGURES, "PostgreSQL stopped; readiness " + statuses(readiness), during);
            answeredTruthfully(during);
            assertThat(during.all()).allSatisfy(r -> assertThat(r.status()).as("%s (send-otp needs only Redis)", r)
                    .isEqualTo(r.route().equals(SEND_OTP) ? 200 : 503));
            assertThat(refused.status()).as(refused.toString()).isEqualTo(503);
            readiness.forEach((process, answer) -> assertThat(answer.status()).as("%s without PostgreSQL: %s", process, answer).isEqualTo(503));
            PROCESSES.forEach(process -> assertThat(new ApiClient(split.process(process).base(), json).get("/health/liveness").status())
                    .as("%s stays alive: an outage is no reason to restart", process).isEqualTo(200));
        } finally {
            split.postgres().startAgain();
        }
        long started = System.nanoTime();
        Map<String, Long> recovered = new LinkedHashMap<>();
        PROCESSES.forEach(process -> {
            Load.untilStatus(200, 30_000, () -> new ApiClient(split.process(process).base(), json).get("/health/readiness"));
            recovered.put(process, millisSince(started));
        });
        Load.Report after = Load.run(api, CLIENTS, 1000, this::everyService);
        Load.record(FIGURES, "PostgreSQL started again; ready again after (ms) " + recovered + "; then", after);
        assertThat(after.statuses()).containsOnly(200, 201);

        ApiResponse retried = api.post("/api/v1/invoices", sale(), tenant("Idempotency-Key", key));
        assertThat(retried.status()).as("the refused create, retried: %s", retried).isEqualTo(201);
        ApiResponse replayed = api.post("/api/v1/invoices", sale(), tenant("Idempotency-Key", key));
        assertThat(replayed.header("Idempotent-Replay")).isEqualTo("true");
        assertThat(replayed.text("id")).isEqualTo(retried.text("id"));
        WholeWrites writes = writes();
        assertThat(writes.apiProblems(writes.issuedInvoices(), List.of(rice))).isEmpty();
        Load.note(FIGURES, "- lost: nothing; " + nothingHalfWrittenInTheDatabase());
    }

    private Load.Result everyService(ApiClient client, long n) {
        return switch ((int) (n % 6)) {
            case 0 -> Load.timed("GET /api/v1/users/me", () -> client.get("/api/v1/users/me", bearer(owner.accessToken())));
            case 1 -> Load.timed("GET /api/v1/parties", () -> client.get("/api/v1/parties", tenant()));
            case 2 -> Load.timed("GET /api/v1/items/{id}", () -> client.get("/api/v1/items/" + rice, tenant()));
            case 3 -> Load.timed("GET /api/v1/invoices/{id}", () -> client.get("/api/v1/invoices/" + invoice, tenant()));
            case 4 -> Load.timed("POST /api/v1/invoices", () -> client.post("/api/v1/invoices", sale(),
                    tenant("Idempotency-Key", UUID.randomUUID().toString())));
            default -> Load.timed(SEND_OTP, () -> client.post("/api/v1/auth/send-otp", object("phone", OtpLogin.newPhone(), "purpose", "login")));
        };
    }

    /** Each process's own {@code /health/readiness}, asked directly. */
    private Map<String, ApiResponse> readinessOfEach() {
        Map<String, ApiResponse> readiness = new LinkedHashMap<>();
        PROCESSES.forEach(process -> readiness.put(process, new ApiClient(split.process(process).base(), json).get("/health/readiness")));
        return readiness;
    }

    private static Map<String, String> statuses(Map<String, ApiResponse> readiness) {
        Map<String, String> statuses = new LinkedHashMap<>();
        readiness.forEach((process, answer) -> statuses.put(process, answer.status() + " " + answer.text("status")));
        return statuses;
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
