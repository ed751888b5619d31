package com.bizsuite.platform.dependency;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Whether one outside dependency (PostgreSQL, Redis) answers. Once a call finds it gone, it is
 * marked down: callers ask {@link #isUp()} and refuse at once instead of waiting on it, one
 * probe retries it in the background, and it is marked up again when the probe succeeds, after
 * which the recovery actions run. Each change is logged once; the state is the gauge
 * {@code bizsuite_dependency_up}, refusals and fallbacks are counters.
 */
public final class DependencyState {

    /** A check that returns normally when the dependency answers. */
    @FunctionalInterface
    public interface Probe {
        void check() throws Exception;
    }

    private static final Logger LOG = LoggerFactory.getLogger(DependencyState.class);

    private final String name;
    private final Probe probe;
    private final Duration probeInterval;
    private final MeterRegistry meters;
    private final Counter refused;
    private final AtomicReference<Instant> downSince = new AtomicReference<>();
    private final AtomicBoolean probing = new AtomicBoolean();
    private final List<Runnable> recoveryActions = new CopyOnWriteArrayList<>();

    public DependencyState(String name, Probe probe, Duration probeInterval, MeterRegistry meters) {
        this.name = name;
        this.probe = probe;
        this.probeInterval = probeInterval;
        this.meters = meters;
        String tag = name.toLowerCase(Locale.ROOT);
        this.refused = Counter.builder("bizsuite.dependency.refused").tag("dependency", tag)
                .description("Requests answered 503 because the dependency was unavailable").register(meters);
        Gauge.builder("bizsuite.dependency.up", this, state -> state.isUp() ? 1 : 0).tag("dependency", tag)
                .description("1 while the dependency answers, 0 while it is known to be down").register(meters);
    }

    public String name() {
        return name;
    }

    public boolean isUp() {
        return downSince.get() == null;
    }

    /** Marks the dependency down (logged once per outage) and starts probing for its return. */
    public void markDown(Throwable cause) {
        if (downSince.compareAndSet(null, Instant.now())) {
            LOG.warn("{} is unavailable ({}); what needs it is refused with 503 until it answers again", name, describe(cause));
        }
        startProbing();
    }

    /** Runs {@code action} each time the dependency comes back, before it is marked up. */
    public void onRecovery(Runnable action) {
        recoveryActions.add(action);
    }

    public void countRefused() {
        refused.increment();
    }

    /** Counts a request served without the dependency, in a documented degraded way. */
    public void countFallback(String use) {
        meters.counter("bizsuite.dependency.fallback", "dependency", name.toLowerCase(Locale.ROOT), "use", use).increment();
    }

    private void startProbing() {
        if (!probing.compareAndSet(false, true)) {
            return;
        }
        Thread.ofVirtual().name(name + "-probe").start(() -> {
            try {
                while (!isUp()) {
                    sleep();
                    tryRecover();
                }
            } finally {
                probing.set(false);
                if (!isUp()) {
                    startProbing();
                }
            }
        });
    }

    private void tryRecover() {
        try {
            probe.check();
        } catch (Exception stillDown) {
            return;
        }
        for (Runnable action : recoveryActions) {
            try {
                action.run();
            } catch (RuntimeException e) {
                LOG.warn("A recovery action for {} failed: {}", name, describe(e));
            }
        }
        Instant since = downSince.getAndSet(null);
        if (since != null) {
            LOG.info("{} is available again after {} ms", name, Duration.between(since, Instant.now()).toMillis());
        }
    }

    private void sleep() {
        try {
            Thread.sleep(probeInterval);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String describe(Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
