package com.bizsuite.platform.error;

import io.micronaut.http.HttpStatus;

import java.time.Duration;

/** 429 with a Retry-After header. */
public final class RateLimitedException extends ApiException {

    private final Duration retryAfter;

    public RateLimitedException(Duration retryAfter) {
        super(HttpStatus.TOO_MANY_REQUESTS, "Too many requests, try again in " + Math.max(1, retryAfter.toSeconds()) + " seconds");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
