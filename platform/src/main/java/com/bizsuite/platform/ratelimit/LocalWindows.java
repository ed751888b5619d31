package com.bizsuite.platform.ratelimit;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Fixed-window counters in this process, for while the shared ones in Redis cannot be reached. */
@Singleton
class LocalWindows {

    record Hit(long count, long remainingMillis) {
    }

    private record Window(long endsAt, long count) {
    }

    private static final int MAX_BUCKETS = 100_000;

    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    LocalWindows(Clock clock) {
        this.clock = clock;
    }

    Hit hit(String bucket, Duration length) {
        long now = clock.millis();
        if (windows.size() > MAX_BUCKETS) {
            windows.values().removeIf(w -> w.endsAt() <= now);
        }
        Window window = windows.compute(bucket, (key, current) -> current == null || current.endsAt() <= now
                ? new Window(now + length.toMillis(), 1)
                : new Window(current.endsAt(), current.count() + 1));
        return new Hit(window.count(), window.endsAt() - now);
    }
}
