package com.bizsuite.platform.web;

import com.bizsuite.platform.tenant.BusinessChanges;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Finished list responses of a business (the JSON and the total count), answered again while
 * the business's {@link BusinessChanges change number} is where it was when they were made.
 * Every write of a business moves that number in the writing transaction, so an answer from
 * here is never older than the last committed write: any write drops every list of its business.
 * A hit costs one indexed read instead of the queries, the row mapping and the serialisation.
 * Changes made outside the application (a hand-run data migration) do not move the number, so
 * an answer is also dropped after {@link #MAX_AGE}.
 */
@Singleton
public final class ListResponses {

    /** What a list request computes on a miss: the body, its type, and the total for {@code X-Total-Count} (null: none). */
    public record Listing(Object body, Argument<?> type, @Nullable Long totalCount) {

        public static <T> Listing array(List<T> items, Class<T> itemType, long totalCount) {
            return new Listing(items, Argument.listOf(itemType), totalCount);
        }

        public static <T> Listing object(T body, Class<T> type) {
            return new Listing(body, Argument.of(type), null);
        }
    }

    private record Answer(long changeNumber, long madeAt, byte[] json, @Nullable Long totalCount) {
    }

    static final Duration MAX_AGE = Duration.ofSeconds(30);
    private static final long MAX_BYTES = 32L * 1024 * 1024;

    private final BusinessChanges changes;
    private final JsonMapper json;
    private final Map<String, Answer> answers = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;

    ListResponses(BusinessChanges changes, JsonMapper json) {
        this.changes = changes;
        this.json = json;
    }

    /** Answers {@code request} (a list of {@code businessId}) from the cache, or computes, keeps and answers it. */
    public HttpResponse<byte[]> respond(UUID businessId, HttpRequest<?> request, Supplier<Listing> compute) {
        long changeNumber = changes.changeNumber(businessId);
        String key = businessId + " " + request.getUri();
        Answer answer = lookup(key, changeNumber);
        if (answer == null) {
            Listing listing = compute.get();
            answer = new Answer(changeNumber, System.nanoTime(), serialise(listing), listing.totalCount());
            keep(key, answer);
        }
        MutableHttpResponse<byte[]> response = HttpResponse.ok(answer.json()).contentType(MediaType.APPLICATION_JSON_TYPE);
        if (answer.totalCount() != null) {
            response.header(Paging.TOTAL_COUNT, String.valueOf(answer.totalCount()));
        }
        return response;
    }

    private synchronized Answer lookup(String key, long changeNumber) {
        Answer answer = answers.get(key);
        return answer != null && answer.changeNumber() == changeNumber && System.nanoTime() - answer.madeAt() < MAX_AGE.toNanos()
                ? answer : null;
    }

    private synchronized void keep(String key, Answer answer) {
        Answer replaced = answers.put(key, answer);
        bytes += answer.json().length - (replaced == null ? 0 : replaced.json().length);
        var eldest = answers.entrySet().iterator();
        while (bytes > MAX_BYTES && eldest.hasNext()) {
            bytes -= eldest.next().getValue().json().length;
            eldest.remove();
        }
    }

    @SuppressWarnings("unchecked")
    private byte[] serialise(Listing listing) {
        try {
            return json.writeValueAsBytes((Argument<Object>) listing.type(), listing.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
