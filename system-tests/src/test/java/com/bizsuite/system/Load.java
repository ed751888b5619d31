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
 * Concurrent requests, each timed, for the outage and fault tests, for a bounded time or until
 * stopped; and the figures they record in {@code target/*-figures.md}.
 */
final class Load {

    /** {@code sentAt}, {@code answeredAt}: {@link System#nanoTime()} when the request was sent and when its answer (or failure) came. */
    record Result(String route, int status, long millis, String retryAfter, String contentType, String body, long sentAt, long answeredAt) {
    }

    /** Requests still being sent; {@link #stop()} ends them and gives their report. */
    static final class Running {

        private final List<Result> results = Collections.synchronizedList(new ArrayList<>());
        private final ExecutorService pool;
        private volatile boolean stopped;

        private Running(int threads) {
            pool = Executors.newFixedThreadPool(threads);
        }

        Report stop() {
            stopped = true;
            pool.close();
            return new Report(List.copyOf(results));
        }
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

        /** The requests answered before {@code nanos}, a {@link System#nanoTime()}. */
        Report answeredBefore(long nanos) {
            return new Report(all.stream().filter(r -> r.answeredAt() - nanos < 0).toList());
        }

        /** The requests sent at or after {@code nanos}. */
        Report sentFrom(long nanos) {
            return new Report(all.stream().filter(r -> r.sentAt() - nanos >= 0).toList());
        }

        /** The requests under way at some time from {@code fromNanos} to {@code toNanos}: neither answered before it nor sent after it. */
        Report underWay(long fromNanos, long toNanos) {
            return new Report(all.stream().filter(r -> r.answeredAt() - fromNanos >= 0 && r.sentAt() - toNanos < 0).toList());
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
            return answered(route, response.status(), start, response.header("Retry-After"), response.header("Content-Type"), response.body());
        } catch (RuntimeException noAnswer) {
            return answered(route, 0, start, null, null, noAnswer.toString());
        }
    }

    private static Result answered(String route, int status, long sentAt, String retryAfter, String contentType, String body) {
        long now = System.nanoTime();
        return new Result(route, status, Duration.ofNanos(now - sentAt).toMillis(), retryAfter, contentType, body, sentAt, now);
    }

    /** {@code threads} callers sending {@code request} (given a running count) back to back for {@code millis}. */
    static Report run(ApiClient api, int threads, long millis, BiFunction<ApiClient, Long, Result> request) {
        Running running = start(api, threads, request);
        JarProcess.pause(Duration.ofMillis(millis));
        return running.stop();
    }

    /** {@code threads} callers sending {@code request} (given a running count) back to back until {@link Running#stop()}. */
    static Running start(ApiClient api, int threads, BiFunction<ApiClient, Long, Result> request) {
        Running running = new Running(threads);
        AtomicLong sequence = new AtomicLong();
        for (int t = 0; t < threads; t++) {
            running.pool.submit(() -> {
                while (!running.stopped) {
                    running.results.add(request.apply(api, sequence.getAndIncrement()));
                }
            });
        }
        return running;
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
            JarProcess.pause(Duration.ofMillis(100));
        }
        throw new AssertionError("No " + status + " within " + patienceMillis + " ms; last answer " + last);
    }

    static void record(String phase, Report report) {
        record("outage-figures.md", phase, report);
    }

    /** Adds {@code phase}'s figures to {@code target/<figures>}. */
    static void record(String figures, String phase, Report report) {
        note(figures, "- " + phase + ": " + report.describe());
    }

    /** Adds a line to {@code target/<figures>}. */
    static void note(String figures, String line) {
        System.out.println(line);
        try {
            Files.writeString(Path.of("target", figures), line + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
