package com.bizsuite.platform.web;

import com.bizsuite.platform.error.ApiException;
import io.micronaut.http.HttpResponse;

import java.util.List;

/** {@code ?page&limit} for plain-array lists, answered with {@code X-Total-Count}. */
public record Paging(int page, int limit) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;
    /**
     * The most rows of a list asked for without {@code page} or {@code limit}. The old clients load
     * pickers (parties, items) that way and expect the whole list; past this many rows
     * {@code X-Total-Count} tells them to page.
     */
    public static final int UNPAGED_LIMIT = 5_000;
    public static final String TOTAL_COUNT = "X-Total-Count";

    /** As {@link #of}, except that a request naming neither page nor limit gets the whole list, up to {@link #UNPAGED_LIMIT}. */
    public static Paging orWholeList(Integer page, Integer limit) {
        return page == null && limit == null ? new Paging(1, UNPAGED_LIMIT) : of(page, limit);
    }

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
