package com.bizsuite.business;

import com.bizsuite.testing.ApiResponse;
import com.bizsuite.testing.BusinessApiFixture;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.bizsuite.testing.ApiClient.bearer;
import static com.bizsuite.testing.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class IdempotencyIT extends BusinessApiFixture {

    @Test
    void aRetriedPostReplaysTheFirstResponseAndCreatesNothingTwice() {
        LoggedIn owner = newUser();
        String business = createBusiness(owner);
        String key = UUID.randomUUID().toString();
        ApiResponse first = api().post("/api/v1/parties", object("name", "Once"), as(owner, business, "Idempotency-Key", key));
        ApiResponse retry = api().post("/api/v1/parties", object("name", "Once"), as(owner, business, "Idempotency-Key", key));
        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header("idempotent-replay")).isEqualTo("true");
        assertThat(api().get("/api/v1/parties", as(owner, business)).list()).hasSize(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIs422() {
        LoggedIn owner = newUser();
        String business = createBusiness(owner);
        String key = UUID.randomUUID().toString();
        api().post("/api/v1/parties", object("name", "One"), as(owner, business, "Idempotency-Key", key));
        ApiResponse other = api().post("/api/v1/parties", object("name", "Two"), as(owner, business, "Idempotency-Key", key));
        assertThat(other.status()).isEqualTo(422);
        assertThat(api().get("/api/v1/parties", as(owner, business)).list()).hasSize(1);
    }

    @Test
    void keysArePerBusiness() {
        LoggedIn owner = newUser();
        String a = createBusiness(owner);
        String b = createBusiness(owner);
        String key = UUID.randomUUID().toString();
        assertThat(api().post("/api/v1/parties", object("name", "Same"), as(owner, a, "Idempotency-Key", key)).status()).isEqualTo(201);
        ApiResponse inB = api().post("/api/v1/parties", object("name", "Same"), as(owner, b, "Idempotency-Key", key));
        assertThat(inB.status()).isEqualTo(201);
        assertThat(inB.header("idempotent-replay")).isNull();
    }

    @Test
    void concurrentRetriesCreateExactlyOne() throws Exception {
        LoggedIn owner = newUser();
        String business = createBusiness(owner);
        String key = UUID.randomUUID().toString();
        List<Callable<ApiResponse>> calls = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            calls.add(() -> api().post("/api/v1/parties", object("name", "Racing"), as(owner, business, "Idempotency-Key", key)));
        }
        List<Integer> statuses = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(10)) {
            for (Future<ApiResponse> f : pool.invokeAll(calls)) {
                statuses.add(f.get().status());
            }
        }
        assertThat(statuses).allMatch(s -> s == 201 || s == 409);
        assertThat(statuses).contains(201);
        assertThat(api().get("/api/v1/parties", as(owner, business)).list()).hasSize(1);
    }

    @Test
    void aFailedRequestLeavesTheKeyFree() {
        LoggedIn owner = newUser();
        String business = createBusiness(owner);
        String key = UUID.randomUUID().toString();
        ApiResponse invalid = api().post("/api/v1/parties", object("name", "X", "gstin", "bad"), as(owner, business, "Idempotency-Key", key));
        assertThat(invalid.status()).isEqualTo(400);
        ApiResponse fixed = api().post("/api/v1/parties", object("name", "X", "gstin", "bad"), as(owner, business, "Idempotency-Key", key));
        assertThat(fixed.status()).as("a rejected request stores nothing, so its retry is judged afresh").isEqualTo(400);
        assertThat(api().post("/api/v1/businesses", object("name", "Keyed"), bearer(owner.accessToken(), "Idempotency-Key", key)).status())
                .isEqualTo(201);
        assertThat(api().post("/api/v1/parties", object("name", "Y"), as(owner, business, "Idempotency-Key", "bad key with spaces")).status())
                .isEqualTo(400);
    }
}
