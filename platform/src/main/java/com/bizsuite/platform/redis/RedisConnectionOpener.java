package com.bizsuite.platform.redis;

import io.lettuce.core.api.StatefulRedisConnection;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the Redis connection on a background thread while the rest of the application starts
 * (creating the client and connecting takes about a third of a second), so the first request
 * does not wait for it. A Redis that is down at start is left, as before, to the readiness check
 * and to the 503 answers of the routes that need it.
 */
@Context
@Requires(classes = StatefulRedisConnection.class)
final class RedisConnectionOpener {

    private static final Logger LOG = LoggerFactory.getLogger(RedisConnectionOpener.class);

    RedisConnectionOpener(BeanProvider<StatefulRedisConnection<String, String>> connection) {
        Thread.ofPlatform().daemon().name("redis-connect").start(() -> {
            try {
                connection.get();
            } catch (RuntimeException e) {
                LOG.warn("Redis is not reachable at start: {}", e.toString());
            }
        });
    }
}
