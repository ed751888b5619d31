package com.bizsuite.platform.redis;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;

import java.util.Map;

/**
 * Redis in readiness: shown, but never a reason to take an instance out of rotation, since
 * reads, writes and token checks go on without it (ADR 0011). Every instance shares the same
 * Redis, so failing readiness would turn a partial outage into a whole one.
 */
@Readiness
@Singleton
final class RedisReadiness extends AbstractHealthIndicator<Map<String, Object>> {

    // "Operational" left unset: Micronaut then ranks it between UP and DOWN when readiness sums its
    // indicators, and answers it with 200 (only a status that is not operational is a 503). Set to
    // true, it would tie with UP, and the sum would be whichever indicator happened to answer last.
    static final HealthStatus DEGRADED = new HealthStatus("DEGRADED", "Redis is unavailable; OTP login is refused with 503", null, null);

    private final Redis redis;

    RedisReadiness(Redis redis) {
        this.redis = redis;
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        boolean available = redis.isAvailable();
        healthStatus = available ? HealthStatus.UP : DEGRADED;
        return Map.of("available", available);
    }

    @Override
    protected String getName() {
        return "redis";
    }
}
