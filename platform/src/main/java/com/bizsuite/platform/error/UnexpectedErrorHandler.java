package com.bizsuite.platform.error;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A real fault: logged with its stack trace, answered with a 500 that tells nothing of it; an outage of PostgreSQL or Redis is a 503. */
@Produces
@Singleton
final class UnexpectedErrorHandler implements ExceptionHandler<RuntimeException, HttpResponse<?>> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorHandler.class);

    private final ErrorResponseProcessor<?> processor;
    private final UnavailableAnswers unavailable;

    UnexpectedErrorHandler(ErrorResponseProcessor<?> processor, UnavailableAnswers unavailable) {
        this.processor = processor;
        this.unavailable = unavailable;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, RuntimeException exception) {
        var outage = unavailable.forFailure(request, exception);
        if (outage.isPresent()) {
            return outage.get();
        }
        LOG.error("Unexpected error on {} {}", request.getMethodName(), request.getPath(), exception);
        return processor.processResponse(ErrorContext.builder(request).cause(exception).build(), HttpResponse.serverError());
    }
}
