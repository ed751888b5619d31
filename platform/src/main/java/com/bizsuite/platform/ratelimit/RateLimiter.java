package com.bizsuite.platform.ratelimit;

import com.bizsuite.platform.error.RateLimitedException;
import com.bizsuite.platform.redis.Redis;
import com.bizsuite.platform.redis.RedisUnavailableException;
import io.lettuce.core.ScriptOutputType;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * Fixed-window counters in Redis, shared by every instance. One atomic script per call:
 * count, start the window on the first hit, and report how long the window still runs.
 * While Redis is down each process counts on its own ({@link LocalWindows}): the limit then holds
 * per instance rather than overall, which keeps refresh working and abuse bounded (ADR 0011).
 */
@Singleton
public class RateLimiter {

    private static final String SCRIPT = """
            local n = redis.call('INCRBY', KEYS[1], ARGV[2])
            if n == tonumber(ARGV[2]) then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
            local ttl = redis.call('PTTL', KEYS[1])
            if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
            return {n, ttl}
            """;

    private final Redis redis;
    private final LocalWindows local;

    RateLimiter(Redis redis, LocalWindows local) {
        this.redis = redis;
        this.local = local;
    }

    /**
     * Counts one hit on {@code bucket}; throws {@link RateLimitedException} (429) when it is
     * over {@code limit} hits within {@code window}.
     */
    public void acquire(String bucket, int limit, Duration window) {
        Window counted;
        try {
            counted = Window.of(redis.call(commands -> commands.eval(SCRIPT, ScriptOutputType.MULTI, keys(bucket), arguments(window, 1))));
        } catch (RedisUnavailableException e) {
            counted = locally(bucket, window);
        }
        counted.check(limit);
    }

    /**
     * Counts {@code hits} at once in the shared window, without holding a thread; completes on
     * Redis's client thread, or fails with {@link RedisUnavailableException}.
     */
    CompletionStage<Window> countAsync(String bucket, int hits, Duration window) {
        return redis.<List<Long>>callAsync(commands -> commands.eval(SCRIPT, ScriptOutputType.MULTI, keys(bucket), arguments(window, hits)))
                .thenApply(Window::of);
    }

    /** One hit counted in this process only, for while Redis cannot be reached. */
    Window locally(String bucket, Duration window) {
        redis.countFallback("rate-limit");
        LocalWindows.Hit hit = local.hit(bucket, window);
        return new Window(hit.count(), hit.remainingMillis());
    }

    private static String[] keys(String bucket) {
        return new String[]{"ratelimit:" + bucket};
    }

    private static String[] arguments(Duration window, int hits) {
        return new String[]{String.valueOf(window.toMillis()), String.valueOf(hits)};
    }

    /** The hits counted in the current window, and how long it still runs. */
    record Window(long count, long remainingMillis) {

        static Window of(List<Long> counted) {
            return new Window(counted.get(0), counted.get(1));
        }

        void check(int limit) {
            if (count > limit) {
                throw refusal(remainingMillis);
            }
        }

        static RateLimitedException refusal(long remainingMillis) {
            return new RateLimitedException(Duration.ofMillis(Math.max(1000, remainingMillis)));
        }
    }
}
