package com.bizsuite.platform.security;

import io.lettuce.core.Range;
import io.lettuce.core.api.StatefulRedisConnection;
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
 */
@Singleton
public class RevokedSessions {

    static final String KEY = "auth:revoked-sessions";
    private static final Logger LOG = LoggerFactory.getLogger(RevokedSessions.class);

    private final StatefulRedisConnection<String, String> redis;
    private final Clock clock;
    private final Map<String, Long> revokedUntil = new ConcurrentHashMap<>();

    RevokedSessions(StatefulRedisConnection<String, String> redis, Clock clock) {
        this.redis = redis;
        this.clock = clock;
    }

    public void revoke(String sessionId, Instant until) {
        redis.sync().zadd(KEY, until.toEpochMilli(), sessionId);
        revokedUntil.put(sessionId, until.toEpochMilli());
    }

    public boolean isRevoked(String sessionId) {
        Long until = revokedUntil.get(sessionId);
        return until != null && until > clock.millis();
    }

    @Scheduled(fixedDelay = "2s", initialDelay = "0s")
    void refresh() {
        try {
            long now = clock.millis();
            var commands = redis.sync();
            commands.zremrangebyscore(KEY, Range.create(0L, now));
            var listed = commands.zrangebyscoreWithScores(KEY, Range.create(now, Long.MAX_VALUE));
            Map<String, Long> fresh = new ConcurrentHashMap<>();
            listed.forEach(entry -> fresh.put(entry.getValue(), (long) entry.getScore()));
            revokedUntil.keySet().retainAll(fresh.keySet());
            revokedUntil.putAll(fresh);
        } catch (RuntimeException e) {
            LOG.warn("Could not refresh the session deny-list from Redis; using the last copy ({} entries)", revokedUntil.size());
        }
    }
}
