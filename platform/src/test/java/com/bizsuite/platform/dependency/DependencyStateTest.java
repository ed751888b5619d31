package com.bizsuite.platform.dependency;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class DependencyStateTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final AtomicBoolean answers = new AtomicBoolean();
    private final DependencyState state = new DependencyState("Redis", () -> {
        if (!answers.get()) {
            throw new IllegalStateException("refused");
        }
    }, Duration.ofMillis(10), meters);

    @Test
    void downUntilTheProbeAnswersThenRecoveryActionsRunBeforeItIsUp() throws InterruptedException {
        AtomicInteger recovered = new AtomicInteger();
        state.onRecovery(() -> {
            assertThat(state.isUp()).as("actions run before requests see it up").isFalse();
            recovered.incrementAndGet();
        });
        state.markDown(new IllegalStateException("connection refused"));
        state.markDown(new IllegalStateException("again"));
        assertThat(state.isUp()).isFalse();
        assertThat(meters.get("bizsuite.dependency.up").tag("dependency", "redis").gauge().value()).isZero();

        answers.set(true);
        for (int i = 0; i < 500 && !state.isUp(); i++) {
            Thread.sleep(10);
        }
        assertThat(state.isUp()).isTrue();
        assertThat(recovered).hasValue(1);
        assertThat(meters.get("bizsuite.dependency.up").tag("dependency", "redis").gauge().value()).isEqualTo(1);
    }

    @Test
    void refusalsAndFallbacksAreCounted() {
        state.countRefused();
        state.countFallback("access-cache");
        state.countFallback("access-cache");
        assertThat(meters.get("bizsuite.dependency.refused").tag("dependency", "redis").counter().count()).isEqualTo(1);
        assertThat(meters.get("bizsuite.dependency.fallback").tag("use", "access-cache").counter().count()).isEqualTo(2);
    }
}
