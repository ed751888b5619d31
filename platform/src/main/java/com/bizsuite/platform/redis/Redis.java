package com.bizsuite.platform.redis;

import com.bizsuite.platform.dependency.DependencyState;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisCommandTimeoutException;
import io.lettuce.core.RedisException;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.api.sync.RedisCommands;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.BeanInstantiationException;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The one way the modules reach Redis. A call while Redis is known to be down fails at once with
 * {@link RedisUnavailableException} (a 503 where nothing else can be done); a call that finds the
 * connection gone, or the third call in a row that times out, marks it down. Each use decides what it does without Redis (ADR 0011).
 * The connection is opened in the background at start, so the first request does not wait for it.
 */
@Context
public class Redis {

    private static final int TIMEOUTS_BEFORE_DOWN = 3;

    private final BeanProvider<StatefulRedisConnection<String, String>> connection;
    private final DependencyState state;
    private final AtomicInteger consecutiveTimeouts = new AtomicInteger();

    Redis(BeanProvider<StatefulRedisConnection<String, String>> connection, MeterRegistry meters,
          @Value("${bizsuite.redis.probe-interval:500ms}") Duration probeInterval) {
        this.connection = connection;
        this.state = new DependencyState("Redis", this::ping, probeInterval, meters);
        Thread.ofPlatform().daemon().name("redis-connect").start(() -> {
            try {
                connection.get();
            } catch (RuntimeException e) {
                state.markDown(e);
            }
        });
    }

    /** Runs {@code command}; throws {@link RedisUnavailableException} when Redis is down, without waiting on it. */
    public <T> T call(Function<RedisCommands<String, String>, T> command) {
        StatefulRedisConnection<String, String> open = open();
        try {
            T result = command.apply(open.sync());
            consecutiveTimeouts.set(0);
            return result;
        } catch (RuntimeException e) {
            throw failed(e);
        }
    }

    /**
     * {@link #call} without holding a thread: for code on an event loop. The stage fails with
     * {@link RedisUnavailableException} as {@code call} throws it, and completes on Lettuce's thread.
     */
    public <T> CompletionStage<T> callAsync(Function<RedisAsyncCommands<String, String>, ? extends CompletionStage<T>> command) {
        CompletionStage<T> sent;
        try {
            sent = command.apply(open().async());
        } catch (RedisUnavailableException e) {
            return CompletableFuture.failedFuture(e);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(failed(e));
        }
        return sent.handle((result, failure) -> {
            if (failure != null) {
                throw failed(failure instanceof CompletionException wrapped && wrapped.getCause() != null ? wrapped.getCause() : failure);
            }
            consecutiveTimeouts.set(0);
            return result;
        });
    }

    private StatefulRedisConnection<String, String> open() {
        if (!state.isUp()) {
            throw new RedisUnavailableException(null);
        }
        try {
            StatefulRedisConnection<String, String> open = connection.get();
            if (!open.isOpen()) {
                throw new RedisException("the connection is closed");
            }
            return open;
        } catch (RedisException | BeanInstantiationException e) {
            state.markDown(e);
            throw new RedisUnavailableException(e);
        }
    }

    /** What a failed command becomes: a command error as it is, anything else a {@link RedisUnavailableException}. */
    private RuntimeException failed(Throwable failure) {
        if (failure instanceof RedisCommandExecutionException e) {
            return e;
        }
        if (failure instanceof RedisCommandTimeoutException e) {
            // one slow answer (a burst, a pause) is not an outage; a Redis that stopped answering times out every call
            if (consecutiveTimeouts.incrementAndGet() >= TIMEOUTS_BEFORE_DOWN) {
                state.markDown(e);
            }
            return new RedisUnavailableException(e);
        }
        if (failure instanceof RedisException || failure instanceof BeanInstantiationException) {
            state.markDown(failure);
            return new RedisUnavailableException(failure);
        }
        return failure instanceof RuntimeException e ? e : new CompletionException(failure);
    }

    public boolean isAvailable() {
        return state.isUp();
    }

    /**
     * Work put off while Redis was down (revocations, cache evictions), done when it answers again,
     * before any request can read Redis.
     */
    public void onRecovery(Consumer<RedisCommands<String, String>> action) {
        state.onRecovery(() -> action.accept(connection.get().sync()));
    }

    public void countFallback(String use) {
        state.countFallback(use);
    }

    public void countRefused() {
        state.countRefused();
    }

    private void ping() {
        StatefulRedisConnection<String, String> open = connection.get();
        if (!open.isOpen() || !"PONG".equals(open.sync().ping())) {
            throw new RedisException("no answer to PING");
        }
    }
}
