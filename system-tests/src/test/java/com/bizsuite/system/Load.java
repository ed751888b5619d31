package com.bizsuite.system;

import com.bizsuite.testing.ApiClient;
import com.bizsuite.testing.ApiResponse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Concurrent requests for a bounded time, each timed, for the outage tests; and the figures they
 * record in {@code target/outage-figures.md}.
 */
final class Load {

    record Result(String route, int status, long millis, String retryAfter, String body) {
    }

    record Report(List<Result> all) {

        List<Result> byRoute(String route) {
            return all.stream().filter(r -> r.route().equals(route)).toList();
        }

        Set<Integer> statuses() {
            return all.stream().map(Result::status).collect(Collectors.toCollection(TreeSet::new));
        }

        long count(String route, int status) {
            return byRoute(route).stream().filter(r -> r.status() == status).count();
        }

        long maxMillis() {
            return all.stream().mapToLong(Result::millis).max().orElse(0);
        }

        long p99Millis() {
            List<Long> sorted = all.stream().map(Result::millis).sorted().toList();
            return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.99) - 1));
        }

        String describe() {
            Map<String, Map<Integer, Long>> counts = new TreeMap<>();
            all.forEach(r -> counts.computeIfAbsent(r.route(), k -> new TreeMap<>()).merge(r.status(), 1L, Long::sum));
            return all.size() + " requests, p99 " + p99Millis() + " ms, max " + maxMillis() + " ms; " + counts;
        }
    }

    private Load() {
    }

    /** One request, timed; a request that got no answer (time-out, refused connection) has status 0. */
    static Result timed(String route, Supplier<ApiResponse> request) {
        long start = System.nanoTime();
        try {
            ApiResponse response = request.get();
            return new Result(route, response.status(), elapsedMillis(start), response.header("Retry-After"), response.body());
        } catch (RuntimeException noAnswer) {
            return new Result(route, 0, elapsedMillis(start), null, noAnswer.toString());
        }
    }

    private static long elapsedMillis(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos).toMillis();
    }

    /** {@code threads} callers sending {@code request} (given a running count) back to back for {@code millis}. */
    static Report run(ApiClient api, int threads, long millis, BiFunction<ApiClient, Long, Result> request) {
        List<Result> results = Collections.synchronizedList(new ArrayList<>());
        AtomicLong sequence = new AtomicLong();
        long end = System.nanoTime() + Duration.ofMillis(millis).toNanos();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (int t = 0; t < threads; t++) {
                pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        results.add(request.apply(api, sequence.getAndIncrement()));
                    }
                });
            }
        }
        return new Report(List.copyOf(results));
    }

    /** Milliseconds until {@code request} answers {@code status}, polling every 100 ms; fails after {@code patienceMillis}. */
    static long untilStatus(int status, long patienceMillis, Supplier<ApiResponse> request) {
        long start = System.nanoTime();
        ApiResponse last = null;
        while (Duration.ofNanos(System.nanoTime() - start).toMillis() < patienceMillis) {
            last = request.get();
            if (last.status() == status) {
                return Duration.ofNanos(System.nanoTime() - start).toMillis();
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("No " + status + " within " + patienceMillis + " ms; last answer " + last);
    }

    static void record(String phase, Report report) {
        String line = "- " + phase + ": " + report.describe();
        System.out.println(line);
        try {
            Files.writeString(Path.of("target", "outage-figures.md"), line + System.lineSeparator(),
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
