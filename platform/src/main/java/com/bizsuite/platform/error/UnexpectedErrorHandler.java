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

/** A real fault: logged with its stack trace, answered with a 500 that tells nothing of it. */
@Produces
@Singleton
final class UnexpectedErrorHandler implements ExceptionHandler<RuntimeException, HttpResponse<?>> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorHandler.class);

    private final ErrorResponseProcessor<?> processor;

    UnexpectedErrorHandler(ErrorResponseProcessor<?> processor) {
        this.processor = processor;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, RuntimeException exception) {
        LOG.error("Unexpected error on {} {}", request.getMethodName(), request.getPath(), exception);
        return processor.processResponse(ErrorContext.builder(request).cause(exception).build(), HttpResponse.serverError());
    }
}
