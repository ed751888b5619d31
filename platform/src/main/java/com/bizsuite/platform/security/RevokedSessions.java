package com.bizsuite.platform.security;

import com.bizsuite.platform.redis.Redis;
import com.bizsuite.platform.redis.RedisUnavailableException;
import io.lettuce.core.Range;
import io.lettuce.core.api.sync.RedisCommands;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The session deny-list. A revoked session's id stays listed in Redis for as long as an
 * access token of it can live. Every process keeps a copy refreshed every two seconds, so
 * a token check costs no network round trip, a revocation reaches every service within
 * seconds, and token checks keep working while Redis is down.
 * <p>
 * A revocation made while Redis is down takes effect in this process at once and is listed in
 * Redis when it returns; other processes accept that session's access tokens meanwhile, at most
 * for their remaining life (ADR 0011). Its refresh token is refused everywhere, as that check
 * is in PostgreSQL.
 * <p>
 * A process that checks no tokens (the gateway turns security off) keeps no copy.
 */
@Singleton
@Requires(property = "micronaut.security.enabled", notEquals = "false")
public class RevokedSessions {

    static final String KEY = "auth:revoked-sessions";
    private static final Logger LOG = LoggerFactory.getLogger(RevokedSessions.class);

    private final Redis redis;
    private final Clock clock;
    private final Map<String, Long> revokedUntil = new ConcurrentHashMap<>();
    private final Map<String, Long> unpublished = new ConcurrentHashMap<>();

    RevokedSessions(Redis redis, Clock clock) {
        this.redis = redis;
        this.clock = clock;
        redis.onRecovery(this::publishPending);
    }

    public void revoke(String sessionId, Instant until) {
        revokedUntil.put(sessionId, until.toEpochMilli());
        try {
            redis.call(commands -> commands.zadd(KEY, until.toEpochMilli(), sessionId));
        } catch (RedisUnavailableException e) {
            unpublished.put(sessionId, until.toEpochMilli());
            redis.countFallback("revocation");
            LOG.warn("Session {} revoked while Redis is down: other instances learn of it when Redis returns", sessionId);
        }
    }

    public boolean isRevoked(String sessionId) {
        Long until = revokedUntil.get(sessionId);
        return until != null && until > clock.millis();
    }

    @Scheduled(fixedDelay = "2s", initialDelay = "0s")
    void refresh() {
        if (!redis.isAvailable()) {
            return;
        }
        try {
            long now = clock.millis();
            var listed = redis.call(commands -> {
                commands.zremrangebyscore(KEY, Range.create(0L, now));
                return commands.zrangebyscoreWithScores(KEY, Range.create(now, Long.MAX_VALUE));
            });
            Map<String, Long> fresh = new ConcurrentHashMap<>(unpublished);
            listed.forEach(entry -> fresh.put(entry.getValue(), (long) entry.getScore()));
            revokedUntil.keySet().retainAll(fresh.keySet());
            revokedUntil.putAll(fresh);
        } catch (RedisUnavailableException e) {
            // Redis went away between the check and the call; the last copy stays in force
        }
    }

    private void publishPending(RedisCommands<String, String> commands) {
        unpublished.forEach((sessionId, until) -> {
            commands.zadd(KEY, until, sessionId);
            unpublished.remove(sessionId, until);
        });
    }
}
