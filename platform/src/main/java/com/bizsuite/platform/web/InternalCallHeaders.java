package com.bizsuite.platform.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.annotation.ClientFilter;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.context.ServerRequestContext;

/**
 * A call from one service to another's façade ({@code /internal/**}) carries the client's token
 * and the request id of the request that made it, so the callee checks the same caller and every
 * log line of both services names one request.
 */
@ClientFilter("/internal/**")
final class InternalCallHeaders {

    @RequestFilter
    void forward(MutableHttpRequest<?> call) {
        ServerRequestContext.currentRequest().ifPresent(request -> {
            request.getHeaders().findFirst(HttpHeaders.AUTHORIZATION).ifPresent(token -> call.header(HttpHeaders.AUTHORIZATION, token));
            call.header(RequestIds.HEADER, RequestIds.of(request));
        });
    }
}
