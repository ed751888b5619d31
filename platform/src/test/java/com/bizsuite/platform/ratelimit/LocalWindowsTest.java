package com.bizsuite.platform.ratelimit;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class LocalWindowsTest {

    private Instant now = Instant.parse("2026-11-20T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void countsWithinAWindowAndStartsAfreshAfterIt() {
        LocalWindows windows = new LocalWindows(clock);
        assertThat(windows.hit("refresh:ip", Duration.ofMinutes(15))).isEqualTo(new LocalWindows.Hit(1, 900_000));
        now = now.plusSeconds(60);
        assertThat(windows.hit("refresh:ip", Duration.ofMinutes(15))).isEqualTo(new LocalWindows.Hit(2, 840_000));
        assertThat(windows.hit("other", Duration.ofMinutes(15)).count()).isEqualTo(1);
        now = now.plusSeconds(900);
        assertThat(windows.hit("refresh:ip", Duration.ofMinutes(15))).isEqualTo(new LocalWindows.Hit(1, 900_000));
    }
}
