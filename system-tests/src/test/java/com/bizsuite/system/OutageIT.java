package com.bizsuite.system;

import com.bizsuite.testing.ApiClient;
import com.bizsuite.testing.ApiResponse;
import com.bizsuite.testing.ApiTest.LoggedIn;
import com.bizsuite.testing.OtpLogin;
import com.bizsuite.testing.PostgresServerProcess;
import com.bizsuite.testing.RedisServerProcess;
import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.bizsuite.testing.ApiClient.bearer;
import static com.bizsuite.testing.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A packaged suite of its own whose Redis, then PostgreSQL, is stopped under concurrent requests
 * and started again: answers stay fast and truthful, nothing is lost or half-written, and service
 * comes back by itself.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OutageIT {

    private final JsonMapper json = JsonMapper.createDefault();
    private RedisServerProcess redis;
    private PostgresServerProcess postgres;
    private SystemUnderTest suite;
    private ApiClient api;
    private OtpLogin logins;
    private LoggedIn owner;
    private String business;
    private String customer;
    private String rice;

    @BeforeAll
    void start() {
        redis = RedisServerProcess.start();
        postgres = PostgresServerProcess.start();
        Map<String, String> env = new HashMap<>(postgres.environment());
        env.put("REDIS_URI", redis.uri());
        env.put("BIZSUITE_AUTH_RATE_LIMITS_SEND_PER_IP", "1000000");
        env.put("BIZSUITE_AUTH_RATE_LIMITS_SEND_PER_PHONE", "1000000");
        suite = SystemUnderTest.startPackagedSuite("outage", env);
        api = new ApiClient(suite.base(), json);
        logins = new OtpLogin(api, suite.outbox(), json);
        owner = logins.login(OtpLogin.newPhone());
        business = api.post("/api/v1/businesses", object("name", "Outage Traders", "state", "Maharashtra"), bearer(owner.accessToken()))
                .text("id");
        customer = api.post("/api/v1/parties", object("name", "Walk-in", "billing_state", "Maharashtra"), tenant()).text("id");
        rice = api.post("/api/v1/items", object("name", "Rice", "tax_rate", 5, "current_stock", 1000), tenant()).text("id");
    }

    @AfterAll
    void stop() {
        if (suite != null) {
            suite.stop();
        }
    }

    private String[] tenant(String... more) {
        return ApiClient.tenant(owner.accessToken(), business, more);
    }

    private Map<String, Object> sale(int quantity) {
        return object("party_id", customer, "invoice_type", "sale", "invoice_date", "2026-11-20",
                "items", List.of(object("item_id", rice, "quantity", quantity, "unit_price", 100)));
    }

    @Test
    @Order(1)
    void withRedisDownReadsAndWritesGoOnAndWhatNeedsRedisIsA503AtOnce() {
        Load.Report warm = Load.run(api, 4, 1_000, this::mixedRequests);
        redis.stop();
        Load.Report during = Load.run(api, 8, 3_000, this::mixedRequests);
        Load.record("Redis stopped", during);
        Load.record("before the outage", warm);
        assertThat(during.all()).hasSizeGreaterThan(100);
        assertThat(during.byRoute("GET /api/v1/parties")).allSatisfy(r -> assertThat(r.status()).isEqualTo(200));
        assertThat(during.byRoute("GET /api/v1/users/me")).allSatisfy(r -> assertThat(r.status()).isEqualTo(200));
        assertThat(during.byRoute("POST /api/v1/invoices")).allSatisfy(r -> assertThat(r.status()).isEqualTo(201));
        assertThat(during.byRoute("POST /api/v1/auth/send-otp")).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(503);
            assertThat(r.retryAfter()).isNotBlank();
        });
        assertThat(during.maxMillis()).as("no request waits on a Redis that is down").isLessThan(2_000);
        assertThat(api.get("/health/readiness").status()).as("Redis down degrades the service, it stays in rotation").isEqualTo(200);
        ApiResponse refreshed = api.post("/api/v1/auth/refresh-token", object("refresh_token", owner.refreshToken()));
        assertThat(refreshed.status()).as("refresh keeps users signed in: " + refreshed).isEqualTo(200);
        owner = new LoggedIn(owner.userId(), owner.phone(), refreshed.text("access_token"), refreshed.text("refresh_token"));
        assertThat(api.get("/prometheus").body()).contains("bizsuite_dependency_up{dependency=\"redis\"} 0.0")
                .containsPattern("bizsuite_dependency_refused_total\\{dependency=\"redis\"} [1-9]")
                .contains("bizsuite_dependency_fallback_total{dependency=\"redis\",use=\"access-cache\"}");

        redis.startAgain();
        long back = Load.untilStatus(200, 10_000, () -> api.post("/api/v1/auth/send-otp",
                object("phone", OtpLogin.newPhone(), "purpose", "login")));
        Load.Report after = Load.run(api, 4, 1_000, this::mixedRequests);
        Load.record("Redis started again; send-otp answered 200 after " + back + " ms; then", after);
        assertThat(back).as("send-otp works again within seconds of Redis returning").isLessThan(5_000);
        assertThat(after.maxMillis()).as("no slow first request after recovery").isLessThan(2_000);
        assertThat(after.statuses()).containsOnly(200, 201);
    }

    @Test
    @Order(2)
    void withPostgresDownAnswersAre503AtOnceAndAnIdempotentRetryCompletesOnce() {
        int invoicesBefore = ((Number) api.get("/api/v1/invoices?limit=1", tenant()).at("total")).intValue();
        postgres.stop();
        String key = UUID.randomUUID().toString();
        Load.Report during = Load.run(api, 8, 3_000, (client, n) -> n % 4 == 0
                ? Load.timed("POST /api/v1/invoices", () -> client.post("/api/v1/invoices", sale(1), tenant("Idempotency-Key", key)))
                : Load.timed("GET /api/v1/parties", () -> client.get("/api/v1/parties", tenant())));
        Load.record("PostgreSQL stopped", during);
        assertThat(during.statuses()).containsOnly(503);
        assertThat(during.all()).allSatisfy(r -> assertThat(r.retryAfter()).isNotBlank());
        assertThat(during.all().getFirst().body()).contains("database is unavailable");
        assertThat(during.maxMillis()).as("a connection time-out suited to an API").isLessThan(2_000);
        assertThat(Load.timed("readiness", () -> api.get("/health/readiness")))
                .satisfies(r -> assertThat(r.status()).isEqualTo(503))
                .satisfies(r -> assertThat(r.millis()).as("within a probe's time-out").isLessThan(2_000));
        assertThat(api.get("/health/liveness").status()).as("liveness stays up: a failover is no reason to restart").isEqualTo(200);

        postgres.startAgain();
        long back = Load.untilStatus(200, 20_000, () -> api.get("/api/v1/parties", tenant()));
        Load.Report after = Load.run(api, 4, 1_000, this::mixedRequests);
        Load.record("PostgreSQL started again; parties answered 200 after " + back + " ms; then", after);
        assertThat(after.statuses()).containsOnly(200, 201);
        assertThat(suite.serverLog().orElseThrow().lines().filter(line -> line.contains("is unavailable (")))
                .as("one line when each dependency went down").hasSize(2);
        assertThat(suite.serverLog().orElseThrow().lines().filter(line -> line.contains("is available again")))
                .as("and one when it came back").hasSize(2);
        assertThat(suite.serverLog().orElseThrow()).doesNotContain("\"level\":\"ERROR\"");
        assertThat(api.get("/prometheus").body()).contains("bizsuite_dependency_up{dependency=\"postgresql\"} 1.0")
                .containsPattern("bizsuite_dependency_refused_total\\{dependency=\"postgresql\"} [1-9]");
        ApiResponse retried = api.post("/api/v1/invoices", sale(1), tenant("Idempotency-Key", key));
        assertThat(retried.status()).as(retried.toString()).isEqualTo(201);
        ApiResponse replayed = api.post("/api/v1/invoices", sale(1), tenant("Idempotency-Key", key));
        assertThat(replayed.header("Idempotent-Replay")).isEqualTo("true");
        assertThat(replayed.text("id")).isEqualTo(retried.text("id"));
        int invoicesAfter = ((Number) api.get("/api/v1/invoices?limit=1", tenant()).at("total")).intValue();
        assertThat(invoicesAfter).as("the refused creates made nothing; the retry made one")
                .isEqualTo(invoicesBefore + 1 + after.count("POST /api/v1/invoices", 201));
    }

    private Load.Result mixedRequests(ApiClient client, long n) {
        return switch ((int) (n % 5)) {
            case 0 -> Load.timed("GET /api/v1/parties", () -> client.get("/api/v1/parties", tenant()));
            case 1 -> Load.timed("GET /api/v1/users/me", () -> client.get("/api/v1/users/me", bearer(owner.accessToken())));
            case 2 -> Load.timed("POST /api/v1/invoices", () -> client.post("/api/v1/invoices", sale(1),
                    tenant("Idempotency-Key", UUID.randomUUID().toString())));
            case 3 -> Load.timed("POST /api/v1/auth/send-otp", () -> client.post("/api/v1/auth/send-otp",
                    object("phone", OtpLogin.newPhone(), "purpose", "login")));
            default -> Load.timed("GET /api/v1/items", () -> client.get("/api/v1/items/" + rice, tenant()));
        };
    }
}
