package com.bizsuite.platform.redis;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.aggregator.DefaultHealthAggregator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.runtime.ApplicationConfiguration;
import org.junit.jupiter.api.Test;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class RedisReadinessTest {

    private final Readiness readiness = new Readiness();

    @Test
    void degradedOutranksUpAndDownOutranksDegradedInWhateverOrderTheIndicatorsAnswer() {
        assertThat(readiness.of(HealthStatus.UP, RedisReadiness.DEGRADED)).isEqualTo(RedisReadiness.DEGRADED);
        assertThat(readiness.of(RedisReadiness.DEGRADED, HealthStatus.UP)).isEqualTo(RedisReadiness.DEGRADED);
        assertThat(readiness.of(HealthStatus.DOWN, RedisReadiness.DEGRADED, HealthStatus.UP)).isEqualTo(HealthStatus.DOWN);
        assertThat(readiness.of(RedisReadiness.DEGRADED, HealthStatus.DOWN)).isEqualTo(HealthStatus.DOWN);
        assertThat(RedisReadiness.DEGRADED.getOperational().orElse(true)).as("answered 200, as health answers an unset flag").isTrue();
    }

    /** Micronaut's own sum of the indicators' statuses, as /health/readiness answers it. */
    private static final class Readiness extends DefaultHealthAggregator {

        Readiness() {
            super(new ApplicationConfiguration());
        }

        HealthStatus of(HealthStatus... answers) {
            return calculateOverallStatus(Stream.of(answers).map(status -> HealthResult.builder("indicator", status).build()).toList());
        }
    }
}
