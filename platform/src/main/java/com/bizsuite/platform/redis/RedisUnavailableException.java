package com.bizsuite.platform.redis;

/** Redis is down; what needed it could not be done. Answered 503 with {@code Retry-After}. */
public final class RedisUnavailableException extends RuntimeException {

    RedisUnavailableException(Throwable cause) {
        super("Redis is unavailable", cause, false, false);
    }
}
