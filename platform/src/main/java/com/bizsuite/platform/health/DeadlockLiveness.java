package com.bizsuite.platform.health;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Liveness;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Not alive while threads are deadlocked. Micronaut's own indicator (switched off in the platform
 * defaults) runs the check on every liveness call, and the check stops every thread at a
 * safepoint; probes and load balancers call liveness far more often than a deadlock needs to be
 * noticed, so the answer is kept for {@code bizsuite.health.deadlock-check-interval}, and given
 * without a hop to another thread.
 */
@Liveness
@Singleton
final class DeadlockLiveness implements HealthIndicator {

    private record Check(long atNanos, List<String> deadlocked) {
    }

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final long intervalNanos;
    private volatile Check last;

    DeadlockLiveness(@Value("${bizsuite.health.deadlock-check-interval:5s}") Duration interval) {
        this.intervalNanos = interval.toNanos();
    }

    @Override
    public Publisher<HealthResult> getResult() {
        return Publishers.just(result());
    }

    HealthResult result() {
        List<String> deadlocked = current().deadlocked();
        return HealthResult.builder("deadlockedThreads", deadlocked.isEmpty() ? HealthStatus.UP : HealthStatus.DOWN)
                .details(deadlocked.isEmpty() ? Map.of() : Map.of("deadlocked", deadlocked))
                .build();
    }

    private Check current() {
        long now = System.nanoTime();
        Check check = last;
        if (check == null || now - check.atNanos() >= intervalNanos) {
            check = new Check(now, deadlockedThreadNames());
            last = check;
        }
        return check;
    }

    private List<String> deadlockedThreadNames() {
        long[] ids = threads.findDeadlockedThreads();
        if (ids == null) {
            return List.of();
        }
        return Arrays.stream(threads.getThreadInfo(ids)).filter(Objects::nonNull).map(ThreadInfo::getThreadName).sorted().toList();
    }
}
