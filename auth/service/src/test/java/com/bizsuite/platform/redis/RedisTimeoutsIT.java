package com.bizsuite.platform.redis;

import com.bizsuite.testing.RedisServerProcess;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rule of ADR 0011 against a real redis-server kept busy by a script: one or two slow
 * answers are not an outage, the third in a row is; an answer in between starts the count again.
 * The server is this test's own, so sleeping it stalls no other test.
 */
class RedisTimeoutsIT {

    private static final Duration COMMAND_TIMEOUT = Duration.ofMillis(300);

    private RedisServerProcess server;
    private RedisClient client;
    private final List<StatefulRedisConnection<String, String>> blockers = new ArrayList<>();
    private StatefulRedisConnection<String, String> connection;
    private Redis redis;

    @BeforeEach
    void start() {
        server = RedisServerProcess.start();
        RedisURI uri = RedisURI.create(server.uri());
        uri.setTimeout(COMMAND_TIMEOUT);
        client = RedisClient.create(uri);
        connection = client.connect();
        redis = new Redis(() -> connection, new SimpleMeterRegistry(), Duration.ofMillis(100));
    }

    @AfterEach
    void stop() {
        blockers.forEach(StatefulRedisConnection::close);
        client.shutdown();
        server.stop();
    }

    @Test
    void twoSlowAnswersKeepRedisUpTheThirdMarksItDownAndAProbeBringsItBack() throws Exception {
        sleepServer(2);
        timesOut();
        timesOut();
        assertThat(redis.isAvailable()).as("two slow answers are not an outage").isTrue();
        timesOut();
        assertThat(redis.isAvailable()).as("the third in a row is").isFalse();

        long before = System.nanoTime();
        assertThatThrownBy(() -> redis.call(c -> c.get("k"))).isInstanceOf(RedisUnavailableException.class);
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - before)).as("refused without waiting on Redis")
                .isLessThan(COMMAND_TIMEOUT.toMillis());

        awaitAvailable();
        String written = redis.call(c -> c.set("k", "v"));
        assertThat(written).isEqualTo("OK");
    }

    @Test
    void anAnswerBetweenSlowOnesStartsTheCountAgain() throws Exception {
        long awake = sleepServer(1);
        timesOut();
        timesOut();
        waitUntil(awake);
        String answered = redis.call(c -> c.get("k"));
        assertThat(answered).isNull();
        sleepServer(1);
        timesOut();
        timesOut();
        assertThat(redis.isAvailable()).isTrue();
    }

    // a script holds the server (Redis runs one command at a time) for that many seconds, below the
    // 5 s after which Redis would answer BUSY; DEBUG SLEEP is disabled in a default redis-server 7
    private static final String BUSY_FOR_SECONDS = """
            local start = redis.call('TIME')
            repeat local now = redis.call('TIME') until (now[1] - start[1]) * 1000000 + (now[2] - start[2]) >= %d * 1000000
            return 'OK'""";

    // a busy server from a connection of its own; the answer is when the server wakes (System.nanoTime)
    private long sleepServer(int seconds) throws InterruptedException {
        StatefulRedisConnection<String, String> blocker = client.connect();
        blockers.add(blocker);
        blocker.async().eval(BUSY_FOR_SECONDS.formatted(seconds), ScriptOutputType.STATUS);
        long awake = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        Thread.sleep(100);   // the command reaches the server
        return awake;
    }

    private static void waitUntil(long nanoTime) throws InterruptedException {
        long left = nanoTime - System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200);
        if (left > 0) {
            TimeUnit.NANOSECONDS.sleep(left);
        }
    }

    private void timesOut() {
        assertThatThrownBy(() -> redis.call(c -> c.get("k"))).isInstanceOf(RedisUnavailableException.class);
    }

    private void awaitAvailable() throws InterruptedException {
        for (int i = 0; i < 100 && !redis.isAvailable(); i++) {
            Thread.sleep(50);
        }
        assertThat(redis.isAvailable()).as("the probe found Redis again").isTrue();
    }
}
