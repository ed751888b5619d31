package com.bizsuite.platform.launch;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Readiness;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * SIGTERM with {@code bizsuite.shutdown.delay} set: readiness ({@code shutdown}) turns DOWN at
 * once while the server goes on serving for the delay; then the JVM exits as SIGTERM would have
 * made it, and Micronaut's graceful shutdown (platform defaults) stops accepting, lets the
 * requests in flight finish and closes the pools. The delay is for whatever routes by readiness
 * or by endpoints and notices a change only after a while (a Kubernetes Service, the ALB, the
 * gateway's aggregated readiness): without it the listener closes the moment the signal arrives
 * and requests still sent this way are refused. SIGINT (Ctrl-C) does not wait. With no delay
 * (the default) nothing is installed.
 */
@Readiness
@Singleton
final class ShutdownDelay implements HealthIndicator, ApplicationEventListener<ServerStartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(ShutdownDelay.class);
    /** What the JVM exits with on an unhandled SIGTERM (128 + 15). */
    private static final int SIGTERM_STATUS = 143;

    private final Duration delay;
    private final Runnable exit;
    private final AtomicBoolean draining = new AtomicBoolean();

    @Inject
    ShutdownDelay(@Value("${bizsuite.shutdown.delay:0s}") Duration delay) {
        this(delay, () -> System.exit(SIGTERM_STATUS));
    }

    ShutdownDelay(Duration delay, Runnable exit) {
        this.delay = delay;
        this.exit = exit;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        if (!delay.isPositive()) {
            return;
        }
        try {
            Signal.handle(new Signal("TERM"), signal -> begin());
            LOG.info("On SIGTERM: not ready, serving {} more, then a graceful shutdown", delay);
        } catch (IllegalArgumentException e) {
            LOG.warn("SIGTERM cannot be handled here (-Xrs?): it shuts down without the delay", e);
        }
    }

    /** The signal: not ready from now on, and the exit once the delay has passed. */
    void begin() {
        if (!draining.compareAndSet(false, true)) {
            return;
        }
        LOG.info("SIGTERM: readiness DOWN; serving {} more before shutting down", delay);
        Thread.ofPlatform().name("shutdown-delay").start(() -> {
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exit.run();
        });
    }

    @Override
    public Publisher<HealthResult> getResult() {
        return Publishers.just(result());
    }

    HealthResult result() {
        return HealthResult.builder("shutdown", draining.get() ? HealthStatus.DOWN : HealthStatus.UP).build();
    }
}
