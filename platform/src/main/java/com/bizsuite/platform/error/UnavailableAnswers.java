package com.bizsuite.platform.error;

import com.bizsuite.platform.persistence.DatabaseAvailability;
import com.bizsuite.platform.redis.Redis;
import com.bizsuite.platform.redis.RedisUnavailableException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * The answer to a request that failed because PostgreSQL or Redis is down: 503 with
 * {@code Retry-After} and a message saying which, counted and without a stack trace (the outage
 * itself is logged once, when it starts). A process without a database (the gateway) has no
 * {@link DatabaseAvailability}.
 */
@Singleton
final class UnavailableAnswers {

    private static final Logger LOG = LoggerFactory.getLogger(UnavailableAnswers.class);

    private final ErrorResponseProcessor<?> processor;
    private final DatabaseAvailability database;
    private final Redis redis;

    UnavailableAnswers(ErrorResponseProcessor<?> processor, @Nullable DatabaseAvailability database, Redis redis) {
        this.processor = processor;
        this.database = database;
        this.redis = redis;
    }

    Optional<HttpResponse<?>> forFailure(HttpRequest<?> request, Throwable failure) {
        if (database != null && DatabaseAvailability.isOutage(failure)) {
            database.failed(failure);
            return Optional.of(answer(request, "The database is unavailable; please retry shortly", 2));
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RedisUnavailableException) {
                redis.countRefused();
                return Optional.of(answer(request, "A service this request needs (Redis) is unavailable; please retry shortly", 5));
            }
        }
        return Optional.empty();
    }

    /** Another service could not be reached, or failed, while answering this one's façade call (split mode). */
    HttpResponse<?> forServiceCall(HttpRequest<?> request, HttpClientException failure) {
        if (failure instanceof HttpClientResponseException answered && answered.getStatus().getCode() < 500) {
            LOG.error("A service refused a façade call of {} {}: {} {}", request.getMethodName(), request.getPath(),
                    answered.getStatus().getCode(), answered.getMessage());
            return processor.processResponse(ErrorContext.builder(request).cause(failure).build(), HttpResponse.status(HttpStatus.BAD_GATEWAY));
        }
        LOG.warn("A service this one needs did not answer {} {}: {}", request.getMethodName(), request.getPath(), failure.getMessage());
        return answer(request, "A service this request needs is unavailable; please retry shortly", 2);
    }

    private HttpResponse<?> answer(HttpRequest<?> request, String message, int retryAfterSeconds) {
        return processor.processResponse(ErrorContext.builder(request).cause(ApiException.unavailable(message)).build(),
                HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", String.valueOf(retryAfterSeconds)));
    }
}
