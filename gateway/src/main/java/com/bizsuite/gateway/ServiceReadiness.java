package com.bizsuite.gateway;

import io.micronaut.context.annotation.EachBean;
import io.micronaut.context.annotation.Value;
import io.micronaut.health.HealthStatus;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Readiness;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One service's readiness in the gateway's: its own {@code /health/readiness} asked at each probe,
 * DOWN when it says so, fails or takes longer than {@code bizsuite.gateway.readiness-timeout}
 * (1.5 s, so the gateway answers within about two). Only the status and why reach the caller,
 * never what the service reports about its database or Redis.
 */
@EachBean(Upstream.class)
@Readiness
class ServiceReadiness implements HealthIndicator {

    private final Upstream upstream;
    private final HttpClient client;
    private final Duration timeout;

    ServiceReadiness(Upstream upstream, @Client HttpClient client,
                     @Value("${bizsuite.gateway.readiness-timeout:1500ms}") Duration timeout) {
        this.upstream = upstream;
        this.client = client;
        this.timeout = timeout;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        String url = upstream.url().resolve("/health/readiness").toString();
        long started = System.nanoTime();
        return Mono.from(client.exchange(HttpRequest.GET(url)))
                .timeout(timeout)
                .map(response -> result(HealthStatus.UP, response.code(), null, started))
                .onErrorResume(failure -> Mono.just(failure instanceof HttpClientResponseException answered
                        ? result(HealthStatus.DOWN, answered.code(), null, started)
                        : result(HealthStatus.DOWN, null, UpstreamFailures.of(failure, upstream.name()).message(), started)));
    }

    private HealthResult result(HealthStatus status, Integer code, String reason, long started) {
        Map<String, Object> details = new LinkedHashMap<>();
        if (code != null) {
            details.put("http_status", code);
        }
        if (reason != null) {
            details.put("reason", reason);
        }
        details.put("took_ms", (System.nanoTime() - started) / 1_000_000);
        return HealthResult.builder(upstream.name(), status).details(details).build();
    }
}
