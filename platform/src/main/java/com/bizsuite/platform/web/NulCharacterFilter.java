package com.bizsuite.platform.web;

import com.bizsuite.platform.error.ApiException;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import org.reactivestreams.Publisher;

import java.util.Locale;

/** A NUL character in a path or query can never be a valid id, date or search term: refuse it up front. */
@Filter(Filter.MATCH_ALL_PATTERN)
final class NulCharacterFilter implements HttpServerFilter {

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        String raw = request.getUri().getRawPath() + "?" + request.getUri().getRawQuery();
        if (raw.toLowerCase(Locale.ROOT).contains("%00") || raw.indexOf('\u0000') >= 0) {
            return Publishers.just(ApiException.badRequest("The address contains a NUL character"));
        }
        return chain.proceed(request);
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.after();
    }
}
