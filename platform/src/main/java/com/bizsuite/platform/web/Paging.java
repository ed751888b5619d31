package com.bizsuite.platform.web;

import com.bizsuite.platform.error.ApiException;
import io.micronaut.http.HttpResponse;

import java.util.List;

/** {@code ?page&limit} for plain-array lists, answered with {@code X-Total-Count}. */
public record Paging(int page, int limit) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;
    /**
     * How many rows {@link #wholeUnlessLimited} answers without {@code ?limit}. The old clients fill
     * their pickers (parties, items) from such a list and expect every row; past this many,
     * {@code X-Total-Count} tells them to page.
     */
    public static final int WHOLE_LIST_CAP = 5_000;
    public static final String TOTAL_COUNT = "X-Total-Count";

    public static Paging of(Integer page, Integer limit) {
        return of(page, limit, DEFAULT_LIMIT, MAX_LIMIT);
    }

    /**
     * For the lists the old clients read whole (they send no {@code limit} and expect every row):
     * without {@code limit}, up to {@link #WHOLE_LIST_CAP} rows; {@code X-Total-Count} tells when
     * there are more.
     */
    public static Paging wholeUnlessLimited(Integer page, Integer limit) {
        return of(page, limit, WHOLE_LIST_CAP, MAX_LIMIT);
    }

    /** {@code defaultLimit} applies when {@code limit} is absent; a given {@code limit} must be 1 to {@code maxLimit}. */
    public static Paging of(Integer page, Integer limit, int defaultLimit, int maxLimit) {
        int p = page == null ? 1 : page;
        if (p < 1) {
            throw ApiException.badRequest("page: must be at least 1");
        }
        if (limit != null && (limit < 1 || limit > maxLimit)) {
            throw ApiException.badRequest("limit: must be between 1 and " + maxLimit);
        }
        return new Paging(p, limit == null ? defaultLimit : limit);
    }

    public long offset() {
        return (long) (page - 1) * limit;
    }

    public static <T> HttpResponse<List<T>> respond(List<T> items, long total) {
        return HttpResponse.ok(items).header(TOTAL_COUNT, String.valueOf(total));
    }
}
