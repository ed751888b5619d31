package com.bizsuite.platform.web;

import io.micronaut.http.HttpRequest;

import java.util.UUID;
import java.util.regex.Pattern;

/** The request id every response and log line carries: the caller's when sane, else a new one. */
public final class RequestIds {

    public static final String HEADER = "X-Request-ID";
    public static final String MDC_KEY = "request_id";
    static final String ATTRIBUTE = "bizsuite.request-id";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private RequestIds() {
    }

    public static String of(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, String.class).orElseGet(() -> assign(request));
    }

    static String assign(HttpRequest<?> request) {
        String offered = request.getHeaders().get(HEADER);
        String id = offered != null && SANE.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
        request.setAttribute(ATTRIBUTE, id);
        return id;
    }
}
