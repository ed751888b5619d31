package com.bizsuite.platform.error;

import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/** A concurrent update won the race: the loser is told to reload, never silently overwritten. */
@Produces
@Singleton
final class OptimisticLockHandler implements ExceptionHandler<OptimisticLockException, HttpResponse<?>> {

    private final ErrorResponseProcessor<?> processor;

    OptimisticLockHandler(ErrorResponseProcessor<?> processor) {
        this.processor = processor;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, OptimisticLockException exception) {
        ApiException answer = ApiException.conflict("The record was changed by another request; reload it and try again");
        return processor.processResponse(ErrorContext.builder(request).cause(answer).build(), HttpResponse.status(HttpStatus.CONFLICT));
    }
}
