package com.bizsuite.platform.error;

import io.lettuce.core.RedisException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What cannot be done safely without Redis (OTPs, rate limits, the session deny-list) fails with 503,
 * never with a wrong answer.
 */
@Produces
@Singleton
final class RedisUnavailableHandler implements ExceptionHandler<RedisException, HttpResponse<?>> {

    private static final Logger LOG = LoggerFactory.getLogger(RedisUnavailableHandler.class);

    private final ErrorResponseProcessor<?> processor;

    RedisUnavailableHandler(ErrorResponseProcessor<?> processor) {
        this.processor = processor;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, RedisException exception) {
        LOG.error("Redis unavailable on {} {}", request.getMethodName(), request.getPath(), exception);
        ApiException answer = ApiException.unavailable("Service temporarily unavailable, please retry");
        return processor.processResponse(ErrorContext.builder(request).cause(answer).build(),
                HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "5"));
    }
}
