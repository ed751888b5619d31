package com.bizsuite.platform.web;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.propagation.PropagatedContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.context.propagation.slf4j.MdcPropagationContext;
import org.reactivestreams.Publisher;

import java.util.Map;

/** Puts the request id on the response and, through the propagated MDC, on every log line of the request. */
@Filter(Filter.MATCH_ALL_PATTERN)
final class RequestIdFilter implements HttpServerFilter {

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        String id = RequestIds.assign(request);
        PropagatedContext context = PropagatedContext.getOrEmpty().plus(new MdcPropagationContext(Map.of(RequestIds.MDC_KEY, id)));
        try (PropagatedContext.Scope ignored = context.propagate()) {
            return Publishers.map(chain.proceed(request), response -> {
                response.getHeaders().set(RequestIds.HEADER, id);
                return response;
            });
        }
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.before();
    }
}
