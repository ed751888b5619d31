package com.bizsuite.platform.redis;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.Delay;
import io.micronaut.configuration.lettuce.AbstractRedisConfiguration;
import io.micronaut.configuration.lettuce.ClientResourcesMutator;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Lettuce set for an API: a command waits at most {@code redis.timeout}; while the connection is
 * lost, commands are refused at once instead of queued until they time out; connecting gives up
 * after {@code bizsuite.redis.connect-timeout}; and reconnection is retried at most a second
 * apart (Lettuce's default backs off to 30 s, which kept the first request after an outage waiting).
 */
@Singleton
final class RedisClientOptions implements BeanCreatedEventListener<RedisClient>, ClientResourcesMutator {

    private final Duration commandTimeout;
    private final Duration connectTimeout;

    RedisClientOptions(@Value("${redis.timeout:500ms}") Duration commandTimeout,
                       @Value("${bizsuite.redis.connect-timeout:500ms}") Duration connectTimeout) {
        this.commandTimeout = commandTimeout;
        this.connectTimeout = connectTimeout;
    }

    @Override
    public RedisClient onCreated(BeanCreatedEvent<RedisClient> event) {
        RedisClient client = event.getBean();
        client.setOptions(ClientOptions.builder()
                .autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .socketOptions(SocketOptions.builder().connectTimeout(connectTimeout).keepAlive(true).build())
                .timeoutOptions(TimeoutOptions.enabled(commandTimeout))
                .build());
        return client;
    }

    @Override
    public void mutate(ClientResources.Builder builder, AbstractRedisConfiguration configuration) {
        builder.reconnectDelay(Delay.exponential(Duration.ofMillis(50), Duration.ofSeconds(1), 2, TimeUnit.MILLISECONDS));
    }
}
