package com.bizsuite.platform.ratelimit;

import com.bizsuite.platform.error.RateLimitedException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.List;

/**
 * Fixed-window counters in Redis, shared by every instance. One atomic script per call:
 * count, start the window on the first hit, and report how long the window still runs.
 */
@Singleton
public class RateLimiter {

    private static final String SCRIPT = """
            local n = redis.call('INCR', KEYS[1])
            if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
            local ttl = redis.call('PTTL', KEYS[1])
            if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
            return {n, ttl}
            """;

    private final StatefulRedisConnection<String, String> redis;

    RateLimiter(StatefulRedisConnection<String, String> redis) {
        this.redis = redis;
    }

    /**
     * Counts one hit on {@code bucket}; throws {@link RateLimitedException} (429) when it is
     * over {@code limit} hits within {@code window}.
     */
    public void acquire(String bucket, int limit, Duration window) {
        List<Long> result = redis.sync().eval(SCRIPT, ScriptOutputType.MULTI, new String[]{"ratelimit:" + bucket},
                String.valueOf(window.toMillis()));
        long count = result.get(0);
        long remainingMillis = result.get(1);
        if (count > limit) {
            throw new RateLimitedException(Duration.ofMillis(Math.max(1000, remainingMillis)));
        }
    }
}
