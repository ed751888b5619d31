package com.bizsuite.platform.persistence;

import com.bizsuite.testing.ApiTest;
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

    /** Runs a transaction that enters the key, says so, and ends when {@code end} opens. */
    private CompletableFuture<Void> holding(HotRowQueue queue, String key, CountDownLatch entered, CountDownLatch end, AtomicBoolean ended) {
        return CompletableFuture.runAsync(() -> {
            transactions.executeWrite(status -> {
                queue.enter(key);
                entered.countDown();
                await(end);
                return null;
            });
            ended.set(true);
        });
    }

    @Test
    void aSecondTransactionEntersOnlyAfterTheFirstEnded() throws Exception {
        HotRowQueue queue = new HotRowQueue(transactions, Duration.ofSeconds(30));
        CountDownLatch firstIn = new CountDownLatch(1);
        CountDownLatch firstMayEnd = new CountDownLatch(1);
        AtomicBoolean firstEnded = new AtomicBoolean();
        CompletableFuture<Void> first = holding(queue, "row", firstIn, firstMayEnd, firstEnded);
        assertThat(firstIn.await(10, TimeUnit.SECONDS)).isTrue();

        AtomicBoolean firstEndedWhenSecondEntered = new AtomicBoolean();
        CountDownLatch secondIn = new CountDownLatch(1);
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> transactions.executeWrite(status -> {
            queue.enter("row");
            queue.enter("row");   // again in the same transaction: no wait on itself
            firstEndedWhenSecondEntered.set(firstEnded.get());
            secondIn.countDown();
            return null;
        }));
        assertThat(secondIn.await(300, TimeUnit.MILLISECONDS)).as("waits while the first is inside").isFalse();
        queue.enter("another row");   // no transaction here: nothing to wait for
        firstMayEnd.countDown();
        first.get(10, TimeUnit.SECONDS);
        second.get(10, TimeUnit.SECONDS);
        assertThat(firstEndedWhenSecondEntered).isTrue();
        assertThat(queue.busyKeys()).isZero();
    }

    @Test
    void aWaiterPastTheLimitGoesOnWithoutTheQueue() throws Exception {
        HotRowQueue queue = new HotRowQueue(transactions, Duration.ofMillis(100));
        CountDownLatch firstIn = new CountDownLatch(1);
        CountDownLatch firstMayEnd = new CountDownLatch(1);
        AtomicBoolean firstEnded = new AtomicBoolean();
        CompletableFuture<Void> first = holding(queue, "row", firstIn, firstMayEnd, firstEnded);
        assertThat(firstIn.await(10, TimeUnit.SECONDS)).isTrue();

        transactions.executeWrite(status -> {
            queue.enter("row");
            return null;
        });
        assertThat(firstEnded).as("went on while the first was still inside").isFalse();
        firstMayEnd.countDown();
        first.get(10, TimeUnit.SECONDS);
        assertThat(queue.busyKeys()).isZero();
    }

    @Test
    void aRolledBackTransactionLeavesTheQueueToo() {
        HotRowQueue queue = new HotRowQueue(transactions, Duration.ofSeconds(30));
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
