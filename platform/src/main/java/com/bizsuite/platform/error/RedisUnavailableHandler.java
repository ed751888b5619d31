package com.bizsuite.platform.error;

import com.bizsuite.platform.redis.RedisUnavailableException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/**
 * What cannot be done safely without Redis (OTPs) fails with 503, never with a wrong answer
 * (ADR 0011 says, use by use, what goes on without it).
 */
@Produces
@Singleton
final class RedisUnavailableHandler implements ExceptionHandler<RedisUnavailableException, HttpResponse<?>> {

    private final UnavailableAnswers answers;

    RedisUnavailableHandler(UnavailableAnswers answers) {
        this.answers = answers;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, RedisUnavailableException exception) {
        return answers.forFailure(request, exception).orElseThrow();
    }
}
