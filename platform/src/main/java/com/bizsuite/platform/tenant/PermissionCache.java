package com.bizsuite.platform.tenant;

import com.bizsuite.platform.persistence.AfterCommit;
import com.bizsuite.platform.redis.Redis;
import com.bizsuite.platform.redis.RedisUnavailableException;
import io.lettuce.core.api.sync.RedisCommands;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Effective permissions per (business, user) in Redis, shared by every instance and every
 * service, so a warm permission check costs no call to the business module. Entries are
 * dropped after the transaction that changed a membership commits (and once more at once, so
 * even a reader racing the commit cannot keep a stale answer for long). Redis being down only
 * costs a database read; an entry that could not be dropped then is dropped as soon as Redis
 * answers again, before anyone can read it (ADR 0011).
 */
@Singleton
public class PermissionCache {

    private static final String NONE = "-";

    private final Redis redis;
    private final AfterCommit afterCommit;
    private final Duration ttl;
    private final Set<String> undropped = ConcurrentHashMap.newKeySet();

    PermissionCache(Redis redis, AfterCommit afterCommit, @Value("${bizsuite.business.access-cache-ttl:5m}") Duration ttl) {
        this.redis = redis;
        this.afterCommit = afterCommit;
        this.ttl = ttl;
        redis.onRecovery(this::dropUndropped);
    }

    Optional<Set<String>> get(UUID businessId, UUID userId) {
        String key = key(businessId, userId);
        if (undropped.contains(key)) {
            return Optional.empty();
        }
        try {
            String value = redis.call(commands -> commands.get(key));
            if (value == null) {
                return Optional.empty();
            }
            return Optional.of(value.equals(NONE) ? Set.of() : new TreeSet<>(Arrays.asList(value.split(","))));
        } catch (RedisUnavailableException e) {
            redis.countFallback("access-cache");
            return Optional.empty();
        }
    }

    void put(UUID businessId, UUID userId, Set<String> permissions) {
        String key = key(businessId, userId);
        if (undropped.contains(key)) {
            return;
        }
        try {
            redis.call(commands -> commands.setex(key, ttl.toSeconds(), permissions.isEmpty() ? NONE : String.join(",", permissions)));
        } catch (RedisUnavailableException e) {
            // the next request reads the database again
        }
    }

    /** Drops the entries now and again after the current transaction commits. */
    public void evict(UUID businessId, Collection<UUID> userIds) {
        Runnable drop = () -> userIds.forEach(user -> drop(key(businessId, user)));
        drop.run();
        afterCommit.run(drop);
    }

    private void drop(String key) {
        try {
            redis.call(commands -> commands.del(key));
        } catch (RedisUnavailableException e) {
            undropped.add(key);
        }
    }

    private void dropUndropped(RedisCommands<String, String> commands) {
        for (String key : undropped) {
            commands.del(key);
            undropped.remove(key);
        }
    }

    private static String key(UUID businessId, UUID userId) {
        return "business:access:" + businessId + ":" + userId;
    }
}
