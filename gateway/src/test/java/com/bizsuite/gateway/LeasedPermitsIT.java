package com.bizsuite.gateway;

import com.bizsuite.platform.error.RateLimitedException;
import com.bizsuite.platform.ratelimit.LeasedPermits;
import com.bizsuite.testing.Concurrently;
import com.bizsuite.testing.RealInfrastructure;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The gateway's rate limit with leased permits, as two gateway instances (two application
 * contexts) share it through one real redis-server, with real threads.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LeasedPermitsIT {

    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final List<ApplicationContext> gateways = new ArrayList<>();
    private RedisClient redis;
    private StatefulRedisConnection<String, String> connection;

    @BeforeAll
    void start() {
        for (int i = 0; i < 2; i++) {
            gateways.add(ApplicationContext.run(Map.of("redis.uri", RealInfrastructure.redisUri(), "datasources.default.enabled", "false")));
        }
        redis = RedisClient.create(RealInfrastructure.redisUri());
        connection = redis.connect();
    }

    @AfterAll
    void stop() {
        gateways.forEach(ApplicationContext::close);
        connection.close();
        redis.shutdown();
    }

    @Test
    void twoInstancesNeverLetMoreThanTheLimitThroughAndAskRedisFarLessThanOncePerRequest() throws Exception {
        String bucket = "gateway:test-" + UUID.randomUUID();
        int limit = 600;
        long evalsBefore = evalCalls();
        List<Callable<Integer>> clients = new ArrayList<>();
        for (ApplicationContext gateway : gateways) {
            LeasedPermits permits = gateway.getBean(LeasedPermits.class);
            for (int thread = 0; thread < 4; thread++) {
                clients.add(() -> admitted(permits, bucket, limit, 250));
            }
        }
        int admitted = Concurrently.all(clients).stream().mapToInt(Integer::intValue).sum();
        long evals = evalCalls() - evalsBefore;

        assertThat(admitted).as("2,000 attempts against a limit of 600").isLessThanOrEqualTo(limit);
        // what is lost is what each instance held unused, fewer than a lease (30 here) each, and what
        // requests that found their lease used up took meanwhile (8 threads): far from the limit
        assertThat(admitted).isGreaterThanOrEqualTo(limit - 2 * 30 - 8 * 30);
        assertThat(evals).as("round trips to Redis for 2,000 attempts").isLessThan(2_000 / 4);
    }

    @Test
    void oneInstanceAloneAdmitsExactlyTheLimitAndRefusesWithTheTimeTheWindowStillRuns() {
        String bucket = "gateway:test-" + UUID.randomUUID();
        LeasedPermits permits = gateways.getFirst().getBean(LeasedPermits.class);
        assertThat(admitted(permits, bucket, 100, 150)).isEqualTo(100);
        assertThatThrownBy(() -> permits.acquire(bucket, 100, WINDOW).toCompletableFuture().join())
                .isInstanceOf(CompletionException.class)
                .cause().isInstanceOfSatisfying(RateLimitedException.class,
                        refused -> assertThat(refused.retryAfter()).isBetween(Duration.ofSeconds(1), WINDOW));
    }

    @Test
    void aClientMakingFewRequestsIsCountedOneByOneInRedis() {
        String bucket = "gateway:test-" + UUID.randomUUID();
        LeasedPermits permits = gateways.getFirst().getBean(LeasedPermits.class);
        permits.acquire(bucket, 600, WINDOW).toCompletableFuture().join();
        assertThat(connection.sync().get("ratelimit:" + bucket)).as("a first lease is one permit").isEqualTo("1");
    }

    @Test
    void whileRedisCannotBeReachedEachInstanceCountsOnItsOwn() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (ApplicationContext cut = ApplicationContext.run(Map.of("redis.uri", "redis://127.0.0.1:" + closedPort,
                "datasources.default.enabled", "false"))) {
            LeasedPermits permits = cut.getBean(LeasedPermits.class);
            assertThat(admitted(permits, "gateway:offline", 20, 30)).isEqualTo(20);
        }
    }

    private static int admitted(LeasedPermits permits, String bucket, int limit, int attempts) {
        int admitted = 0;
        for (int i = 0; i < attempts; i++) {
            try {
                permits.acquire(bucket, limit, WINDOW).toCompletableFuture().join();
                admitted++;
            } catch (CompletionException e) {
                assertThat(e.getCause()).isInstanceOf(RateLimitedException.class);
            }
        }
        return admitted;
    }

    private long evalCalls() {
        Matcher calls = Pattern.compile("cmdstat_eval:calls=(\\d+)").matcher(connection.sync().info("commandstats"));
        return calls.find() ? Long.parseLong(calls.group(1)) : 0;
    }
}
