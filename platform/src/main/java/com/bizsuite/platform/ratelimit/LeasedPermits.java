package com.bizsuite.platform.ratelimit;

import com.bizsuite.platform.redis.RedisUnavailableException;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-client limits for a front door that sees every request ({@link RateLimiter}'s shared
 * windows in Redis), without a Redis round trip per request: an instance takes its permits from
 * the shared window in leases and hands them out locally until the lease is used up. A client's
 * first lease in a window is one permit; each lease used up within the window doubles the next,
 * up to a twentieth of the limit (at most 64). So a client making a few requests costs a round
 * trip each, as before, and one making thousands costs one per 64.
 * <p>
 * Leasing never lets more than the limit through, across any number of instances: a lease is
 * granted only from what is left of the shared window. The price is the other way: the permits an
 * instance holds when the window ends are lost: fewer than the lease size per instance and client,
 * plus what requests that found the lease used up while the next was being fetched took.
 * While Redis is down each request is counted in this process ({@link LocalWindows}), as
 * {@link RateLimiter#acquire} does.
 */
@Singleton
public class LeasedPermits {

    private static final int MAX_LEASE = 64;
    private static final int MAX_BUCKETS = 100_000;
    private static final CompletableFuture<Void> ADMITTED = CompletableFuture.completedFuture(null);

    private final RateLimiter limiter;
    private final Clock clock;
    private final Map<String, Lease> leases = new ConcurrentHashMap<>();

    LeasedPermits(RateLimiter limiter, Clock clock) {
        this.limiter = limiter;
        this.clock = clock;
    }

    /**
     * Completes when {@code bucket} is within {@code limit} hits per {@code window}; fails with
     * {@link com.bizsuite.platform.error.RateLimitedException} otherwise. Already complete when a
     * permit was at hand; otherwise it completes on Redis's client thread.
     */
    public CompletionStage<Void> acquire(String bucket, int limit, Duration window) {
        long now = clock.millis();
        if (leases.size() > MAX_BUCKETS) {
            leases.values().removeIf(lease -> lease.endsAt <= now);
        }
        Lease lease = leases.computeIfAbsent(bucket, key -> new Lease());
        int size;
        synchronized (lease) {
            if (now < lease.endsAt) {
                if (lease.left > 0) {
                    lease.left--;
                    return ADMITTED;
                }
                if (lease.refused) {
                    return CompletableFuture.failedFuture(RateLimiter.Window.refusal(lease.endsAt - now));
                }
                if (lease.fetching == 0) {
                    lease.size = Math.min(lease.size * 2, maxLease(limit));
                }
            } else {
                lease.left = 0;
                lease.refused = false;
                lease.size = 1;
            }
            size = lease.size;
            lease.fetching++;
        }
        return limiter.countAsync(bucket, size, window).handle((counted, failure) -> {
            if (failure != null) {
                lease.failed();
                Throwable cause = failure instanceof CompletionException wrapped ? wrapped.getCause() : failure;
                if (cause instanceof RedisUnavailableException) {
                    limiter.locally(bucket, window).check(limit);
                    return null;
                }
                throw failure instanceof CompletionException wrapped ? wrapped : new CompletionException(cause);
            }
            long granted = Math.clamp(limit - (counted.count() - size), 0, size);
            lease.taken(clock.millis() + counted.remainingMillis(), granted);
            if (granted == 0) {
                throw RateLimiter.Window.refusal(counted.remainingMillis());
            }
            return null;
        });
    }

    static int maxLease(int limit) {
        return Math.clamp(limit / 20, 1, MAX_LEASE);
    }

    /** What this instance holds of one client's current window. */
    private static final class Lease {

        // a window's end as seen from two answers differs by the time between them: more than this is a new window
        private static final long SAME_WINDOW_MILLIS = 1_000;

        private long endsAt;
        private long left;
        private int size = 1;
        private boolean refused;
        // leases asked for and not yet answered: while one is, a request short of a permit asks for no larger lease
        private int fetching;

        synchronized void failed() {
            fetching--;
        }

        /** {@code granted} permits taken from the window ending at {@code windowEndsAt}, one of them used at once. */
        synchronized void taken(long windowEndsAt, long granted) {
            fetching--;
            if (windowEndsAt > endsAt + SAME_WINDOW_MILLIS) {
                left = 0;
                refused = false;
            }
            endsAt = Math.max(endsAt, windowEndsAt);
            if (granted == 0) {
                refused = true;
            } else {
                left += granted - 1;
            }
        }
    }
}
