package com.bizsuite.platform.web;

import com.bizsuite.platform.error.ApiException;
import io.micronaut.http.HttpResponse;

import java.util.List;

/** {@code ?page&limit} for plain-array lists, answered with {@code X-Total-Count}. */
public record Paging(int page, int limit) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;
    public static final String TOTAL_COUNT = "X-Total-Count";

    public static Paging of(Integer page, Integer limit) {
        int p = page == null ? 1 : page;
        int l = limit == null ? DEFAULT_LIMIT : limit;
        if (p < 1) {
            throw ApiException.badRequest("page: must be at least 1");
        }
        if (l < 1 || l > MAX_LIMIT) {
            throw ApiException.badRequest("limit: must be between 1 and " + MAX_LIMIT);
        }
        return new Paging(p, l);
    }

    public long offset() {
        return (long) (page - 1) * limit;
    }

    public static <T> HttpResponse<List<T>> respond(List<T> items, long total) {
        return HttpResponse.ok(items).header(TOTAL_COUNT, String.valueOf(total));
    }
}
