package com.bizsuite.platform.persistence;

import com.bizsuite.testing.ApiTest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class HotRowQueueIT extends ApiTest {

    @Inject
    TransactionOperations<Connection> transactions;

    /** A transaction inside the queue for "row" until {@link #end()} is called. */
    private final class Holder {
        final CountDownLatch mayEnd = new CountDownLatch(1);
        final AtomicBoolean ended = new AtomicBoolean();
        final CompletableFuture<Void> done;

        Holder(HotRowQueue queue) throws InterruptedException {
            CountDownLatch entered = new CountDownLatch(1);
            done = CompletableFuture.runAsync(() -> {
                transactions.executeWrite(status -> {
                    queue.enter("row");
                    entered.countDown();
                    await(mayEnd);
                    return null;
                });
                ended.set(true);
            });
            assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
        }

        void end() throws Exception {
            mayEnd.countDown();
            done.get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aSecondTransactionEntersOnlyAfterTheFirstEnded() throws Exception {
        HotRowQueue queue = new HotRowQueue(transactions, Duration.ofSeconds(30), new SimpleMeterRegistry());
        Holder first = new Holder(queue);

        AtomicBoolean firstEndedWhenSecondEntered = new AtomicBoolean();
        CountDownLatch secondIn = new CountDownLatch(1);
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> transactions.executeWrite(status -> {
            queue.enter("row");
            queue.enter("row");   // again in the same transaction: no wait on itself
            firstEndedWhenSecondEntered.set(first.ended.get());
            secondIn.countDown();
            return null;
        }));
        assertThat(secondIn.await(300, TimeUnit.MILLISECONDS)).as("waits while the first is inside").isFalse();
        queue.enter("another row");   // no transaction here: nothing to wait for
        first.end();
        second.get(10, TimeUnit.SECONDS);
        assertThat(firstEndedWhenSecondEntered).isTrue();
        assertThat(queue.busyKeys()).isZero();
    }

    @Test
    void aWaiterPastTheLimitGoesOnWithoutTheQueue() throws Exception {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        HotRowQueue queue = new HotRowQueue(transactions, Duration.ofMillis(100), meters);
        Holder first = new Holder(queue);

        transactions.executeWrite(status -> {
            queue.enter("row");
            return null;
        });
        assertThat(first.ended).as("went on while the first was still inside").isFalse();
        assertThat(meters.counter("bizsuite.hot_row_queue.passed").count()).isEqualTo(1.0);
        first.end();
        assertThat(queue.busyKeys()).isZero();
    }

    @Test
    void aRolledBackTransactionLeavesTheQueueToo() {
        HotRowQueue queue = new HotRowQueue(transactions, Duration.ofSeconds(30), new SimpleMeterRegistry());
        try {
            transactions.executeWrite(status -> {
                queue.enter("row");
                throw new IllegalStateException("rolled back");
            });
        } catch (IllegalStateException expected) {
            // the transaction ended
        }
        assertThat(queue.busyKeys()).isZero();
        transactions.executeWrite(status -> {
            queue.enter("row");
            return null;
        });
        assertThat(queue.busyKeys()).isZero();
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("not released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
