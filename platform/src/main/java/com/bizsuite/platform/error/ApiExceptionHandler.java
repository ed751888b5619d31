package com.bizsuite.platform.error;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/** Answers an {@link ApiException} with its status (and Retry-After when rate limited). */
@Produces
@Singleton
@Requires(classes = {ApiException.class, ExceptionHandler.class})
final class ApiExceptionHandler implements ExceptionHandler<ApiException, HttpResponse<?>> {

    private final ErrorResponseProcessor<?> processor;

    ApiExceptionHandler(ErrorResponseProcessor<?> processor) {
        this.processor = processor;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, ApiException exception) {
        MutableHttpResponse<?> response = HttpResponse.status(exception.status());
        if (exception instanceof RateLimitedException limited) {
            response.header("Retry-After", String.valueOf(Math.max(1, limited.retryAfter().toSeconds())));
        }
        return processor.processResponse(ErrorContext.builder(request).cause(exception).errorMessage(exception.getMessage()).build(), response);
    }
}
