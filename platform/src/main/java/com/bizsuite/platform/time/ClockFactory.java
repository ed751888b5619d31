package com.bizsuite.platform.time;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;

@Factory
final class ClockFactory {

    /** Microsecond ticks: what PostgreSQL stores, so a response before and after a re-read agree. */
    @Singleton
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
