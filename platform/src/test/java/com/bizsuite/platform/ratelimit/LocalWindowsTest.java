package com.bizsuite.platform.ratelimit;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class LocalWindowsTest {

    private final HeldClock clock = new HeldClock(Instant.parse("2026-11-20T10:00:00Z"));

    @Test
    void countsWithinAWindowAndStartsAfreshAfterIt() {
        LocalWindows windows = new LocalWindows(clock);
        assertThat(windows.hit("refresh:ip", Duration.ofMinutes(15))).isEqualTo(new LocalWindows.Hit(1, 900_000));
        clock.advance(Duration.ofSeconds(60));
        assertThat(windows.hit("refresh:ip", Duration.ofMinutes(15))).isEqualTo(new LocalWindows.Hit(2, 840_000));
        assertThat(windows.hit("other", Duration.ofMinutes(15)).count()).isEqualTo(1);
        clock.advance(Duration.ofSeconds(900));
        assertThat(windows.hit("refresh:ip", Duration.ofMinutes(15))).isEqualTo(new LocalWindows.Hit(1, 900_000));
    }
}
