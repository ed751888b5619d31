package com.bizsuite.platform.ratelimit;

import com.bizsuite.platform.error.RateLimitedException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How leases grow, run out and start again, against a window kept in memory in place of Redis's. */
class LeasedPermitsTest {

    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final HeldClock clock = new HeldClock(Instant.parse("2026-11-20T10:00:00Z"));

    /** The shared window: what Redis's script answers, and the lease sizes asked for. */
    private final class SharedWindow extends RateLimiter {

        final List<Integer> asked = new ArrayList<>();
        private long count;
        private Instant endsAt = Instant.MIN;

        SharedWindow() {
            super(null, null);
        }

        @Override
        CompletionStage<Window> countAsync(String bucket, int hits, Duration window) {
            Instant now = clock.instant();
            if (!now.isBefore(endsAt)) {
                count = 0;
                endsAt = now.plus(window);
            }
            asked.add(hits);
            count += hits;
            return CompletableFuture.completedFuture(new Window(count, Duration.between(now, endsAt).toMillis()));
        }
    }

    private final SharedWindow shared = new SharedWindow();
    private final LeasedPermits permits = new LeasedPermits(shared, clock);

    @Test
    void aBusyClientsLeasesDoubleUpToATwentiethOfTheLimit() {
        for (int i = 0; i < 1 + 2 + 4 + 8 + 16 + 30 + 30; i++) {
            admit(600);
        }
        assertThat(shared.asked).containsExactly(1, 2, 4, 8, 16, 30, 30);
        assertThat(LeasedPermits.maxLease(100_000_000)).isEqualTo(64);
        assertThat(LeasedPermits.maxLease(5)).isEqualTo(1);
    }

    @Test
    void theLastLeaseGetsOnlyWhatIsLeftAndThenTheClientIsRefusedWithoutAskingAgain() {
        for (int i = 0; i < 10; i++) {
            admit(10);
        }
        assertThat(shared.asked).as("a lease of 1, then a twentieth of 10 is less than 1: one at a time").containsOnly(1);
        int askedBefore = shared.asked.size();
        clock.advance(Duration.ofSeconds(20));
        assertThatThrownBy(() -> admit(10)).isInstanceOfSatisfying(RateLimitedException.class,
                refused -> assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(40)));
        assertThatThrownBy(() -> admit(10)).isInstanceOf(RateLimitedException.class);
        assertThat(shared.asked).as("the refusal is remembered until the window ends").hasSize(askedBefore + 1);
    }

    @Test
    void aLeaseNeverGrantsMoreThanTheWindowHasLeft() {
        int admitted = 0;
        for (int i = 0; i < 500; i++) {
            try {
                admit(200);
                admitted++;
            } catch (RateLimitedException refused) {
                // counted below
            }
        }
        assertThat(admitted).isEqualTo(200);
    }

    @Test
    void aNewWindowStartsAgainWithALeaseOfOne() {
        for (int i = 0; i < 7; i++) {
            admit(600);
        }
        assertThat(shared.asked).containsExactly(1, 2, 4);
        clock.advance(WINDOW);
        admit(600);
        assertThat(shared.asked).containsExactly(1, 2, 4, 1);
    }

    private void admit(int limit) {
        try {
            permits.acquire("gateway:client", limit, WINDOW).toCompletableFuture().join();
        } catch (CompletionException e) {
            throw (RuntimeException) e.getCause();
        }
    }
}
