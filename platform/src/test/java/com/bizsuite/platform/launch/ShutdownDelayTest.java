package com.bizsuite.platform.launch;

import io.micronaut.health.HealthStatus;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class ShutdownDelayTest {

    @Test
    void readinessTurnsDownAtOnceAndTheExitComesOnlyAfterTheDelay() throws Exception {
        CountDownLatch exited = new CountDownLatch(1);
        ShutdownDelay shutdown = new ShutdownDelay(Duration.ofMillis(300), exited::countDown);
        assertThat(shutdown.result().getStatus()).isEqualTo(HealthStatus.UP);
        assertThat(shutdown.result().getName()).isEqualTo("shutdown");

        long signalled = System.nanoTime();
        shutdown.begin();
        assertThat(shutdown.result().getStatus()).as("not ready while still serving").isEqualTo(HealthStatus.DOWN);
        assertThat(exited.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - signalled)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(shutdown.result().getStatus()).isEqualTo(HealthStatus.DOWN);
    }

    @Test
    void aSecondSignalDoesNotExitTwice() throws Exception {
        AtomicInteger exits = new AtomicInteger();
        CountDownLatch exited = new CountDownLatch(1);
        ShutdownDelay shutdown = new ShutdownDelay(Duration.ofMillis(50), () -> {
            exits.incrementAndGet();
            exited.countDown();
        });
        shutdown.begin();
        shutdown.begin();
        assertThat(exited.await(10, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(200);
        assertThat(exits.get()).isEqualTo(1);
    }
}
