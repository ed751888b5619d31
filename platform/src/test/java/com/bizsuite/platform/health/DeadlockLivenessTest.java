package com.bizsuite.platform.health;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthResult;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.ReentrantLock;

import static org.assertj.core.api.Assertions.assertThat;

class DeadlockLivenessTest {

    @Test
    void upWithoutDeadlockDownWithOneAndTheAnswerIsKeptForTheInterval() throws Exception {
        DeadlockLiveness fresh = new DeadlockLiveness(Duration.ZERO);
        DeadlockLiveness kept = new DeadlockLiveness(Duration.ofHours(1));
        assertThat(status(fresh)).isEqualTo(HealthStatus.UP);
        assertThat(status(kept)).isEqualTo(HealthStatus.UP);

        ReentrantLock first = new ReentrantLock();
        ReentrantLock second = new ReentrantLock();
        CountDownLatch bothHeld = new CountDownLatch(2);
        Thread a = deadlocking("deadlock-a", first, second, bothHeld);
        Thread b = deadlocking("deadlock-b", second, first, bothHeld);
        try {
            long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (status(fresh) == HealthStatus.UP && System.nanoTime() < until) {
                Thread.sleep(10);
            }
            HealthResult down = fresh.result();
            assertThat(down.getStatus()).isEqualTo(HealthStatus.DOWN);
            assertThat(down.getDetails().toString()).contains("deadlock-a", "deadlock-b");
            assertThat(status(kept)).as("answer kept for the interval").isEqualTo(HealthStatus.UP);
        } finally {
            a.interrupt();
            b.interrupt();
            a.join();
            b.join();
        }
        assertThat(status(fresh)).isEqualTo(HealthStatus.UP);
    }

    private static HealthStatus status(DeadlockLiveness indicator) {
        return indicator.result().getStatus();
    }

    private static Thread deadlocking(String name, ReentrantLock held, ReentrantLock wanted, CountDownLatch bothHeld) {
        Thread thread = Thread.ofPlatform().name(name).daemon().start(() -> {
            held.lock();
            try {
                bothHeld.countDown();
                bothHeld.await();
                wanted.lockInterruptibly();
                wanted.unlock();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                held.unlock();
            }
        });
        return thread;
    }
}
