package com.bizsuite.business.members;

import com.bizsuite.platform.persistence.AfterCommit;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Effective permissions per (business, user) in Redis, shared by every instance. Entries are
 * dropped after the transaction that changed a membership commits (and once more at once, so
 * even a reader racing the commit cannot keep a stale answer for long). Redis being down only
 * costs a database read.
 */
@Singleton
class AccessCache {

    private static final Logger LOG = LoggerFactory.getLogger(AccessCache.class);
    private static final String NONE = "-";

    private final StatefulRedisConnection<String, String> redis;
    private final AfterCommit afterCommit;
    private final Duration ttl;

    AccessCache(StatefulRedisConnection<String, String> redis, AfterCommit afterCommit,
                @Value("${bizsuite.business.access-cache-ttl:5m}") Duration ttl) {
        this.redis = redis;
        this.afterCommit = afterCommit;
        this.ttl = ttl;
    }

    Optional<Set<String>> get(UUID businessId, UUID userId) {
        try {
            String value = redis.sync().get(key(businessId, userId));
            if (value == null) {
                return Optional.empty();
            }
            return Optional.of(value.equals(NONE) ? Set.of() : new TreeSet<>(Arrays.asList(value.split(","))));
        } catch (RuntimeException e) {
            LOG.warn("Access cache unavailable, reading memberships from the database: {}", e.toString());
            return Optional.empty();
        }
    }

    void put(UUID businessId, UUID userId, Set<String> permissions) {
        try {
            redis.sync().setex(key(businessId, userId), ttl.toSeconds(), permissions.isEmpty() ? NONE : String.join(",", permissions));
        } catch (RuntimeException e) {
            LOG.warn("Access cache unavailable: {}", e.toString());
        }
    }

    /** Drops the entries now and again after the current transaction commits. */
    void evict(UUID businessId, Collection<UUID> userIds) {
        Runnable drop = () -> userIds.forEach(user -> drop(businessId, user));
        drop.run();
        afterCommit.run(drop);
    }

    private void drop(UUID businessId, UUID userId) {
        try {
            redis.sync().del(key(businessId, userId));
        } catch (RuntimeException e) {
            LOG.error("Could not drop cached access of user {} in business {}; it expires within {}", userId, businessId, ttl);
        }
    }

    private static String key(UUID businessId, UUID userId) {
        return "business:access:" + businessId + ":" + userId;
    }
}
