package com.bizsuite.platform.ratelimit;

import com.bizsuite.platform.error.RateLimitedException;
import com.bizsuite.platform.redis.Redis;
import com.bizsuite.platform.redis.RedisUnavailableException;
import io.lettuce.core.ScriptOutputType;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.List;

/**
 * Fixed-window counters in Redis, shared by every instance. One atomic script per call:
 * count, start the window on the first hit, and report how long the window still runs.
 * While Redis is down each process counts on its own ({@link LocalWindows}): the limit then holds
 * per instance rather than overall, which keeps refresh working and abuse bounded (ADR 0011).
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
        long count;
        long remainingMillis;
        try {
            List<Long> result = redis.call(commands -> commands.eval(SCRIPT, ScriptOutputType.MULTI, new String[]{"ratelimit:" + bucket},
                    String.valueOf(window.toMillis())));
            count = result.get(0);
            remainingMillis = result.get(1);
        } catch (RedisUnavailableException e) {
            redis.countFallback("rate-limit");
            LocalWindows.Hit hit = local.hit(bucket, window);
            count = hit.count();
            remainingMillis = hit.remainingMillis();
        }
        if (count > limit) {
            throw new RateLimitedException(Duration.ofMillis(Math.max(1000, remainingMillis)));
        }
    }
}
