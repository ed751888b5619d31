package com.bizsuite.platform.error;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** A façade call to another service that failed (split mode): 503 when it is down or slow, never a 500. */
@Produces
@Singleton
final class ServiceCallHandler implements ExceptionHandler<HttpClientException, HttpResponse<?>> {

    private final UnavailableAnswers answers;

    ServiceCallHandler(UnavailableAnswers answers) {
        this.answers = answers;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, HttpClientException exception) {
        return answers.forServiceCall(request, exception);
    }
}
