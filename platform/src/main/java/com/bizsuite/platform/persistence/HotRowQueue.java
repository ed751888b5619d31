package com.bizsuite.platform.persistence;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.TransactionStatus;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Queues this process's transactions for a row that many of them lock, such as an item's stock
 * row, a number counter or an audit chain head, so that one of them at a time waits on the row in
 * PostgreSQL. When many backends wait on one row lock, every commit wakes them all and they
 * contend again; on a small host that costs more CPU than the work itself. The row lock stays the
 * guarantee: this queue only orders who asks for it.
 *
 * <p>A caller enters the row's key right before locking the row, in the same order as it locks
 * rows, and leaves when its transaction ends. A transaction that waits longer than
 * {@code bizsuite.persistence.hot-row-wait} goes on without the queue and waits on the row lock
 * as it would without this class, so no wait here can become a deadlock PostgreSQL cannot see.
 *
 * <p>Metrics: {@code bizsuite.hot_row_queue.wait} (time to enter) and
 * {@code bizsuite.hot_row_queue.passed} (transactions that went on without the queue).
 */
@Singleton
public final class HotRowQueue {

    private static final class Gate {
        final Semaphore turn = new Semaphore(1, true);
        int users;
    }

    private final TransactionOperations<Connection> transactions;
    private final long waitNanos;
    private final Timer waits;
    private final Counter passed;
    private final ConcurrentHashMap<String, Gate> gates = new ConcurrentHashMap<>();
    // keys this thread's current transactions have entered; a transaction stays on its thread
    private final ThreadLocal<Set<String>> entered = ThreadLocal.withInitial(HashSet::new);

    HotRowQueue(TransactionOperations<Connection> transactions, @Value("${bizsuite.persistence.hot-row-wait:2s}") Duration wait,
                MeterRegistry meters) {
        this.transactions = transactions;
        this.waitNanos = wait.toNanos();
        this.waits = Timer.builder("bizsuite.hot_row_queue.wait").description("Time a transaction waited to enter a hot row's queue")
                .register(meters);
        this.passed = Counter.builder("bizsuite.hot_row_queue.passed")
                .description("Transactions that waited past bizsuite.persistence.hot-row-wait and went on without the queue")
                .register(meters);
    }

    /** Waits until no other transaction of this process that entered {@code key} is still running. */
    public void enter(String key) {
        Optional<? extends TransactionStatus<?>> status = transactions.findTransactionStatus();
        Set<String> mine = entered.get();
        if (status.isEmpty() || mine.contains(key)) {
            return;
        }
        Gate gate = gates.compute(key, (k, existing) -> {
            Gate g = existing == null ? new Gate() : existing;
            g.users++;
            return g;
        });
        boolean turn = false;
        long started = System.nanoTime();
        try {
            turn = gate.turn.tryAcquire(waitNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        waits.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        if (!turn) {
            passed.increment();
            leave(key, gate, false);
            return;
        }
        mine.add(key);
        status.get().registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(Status completed) {
                mine.remove(key);
                leave(key, gate, true);
            }
        });
    }

    private void leave(String key, Gate gate, boolean hadTurn) {
        if (hadTurn) {
            gate.turn.release();
        }
        gates.computeIfPresent(key, (k, g) -> --g.users == 0 ? null : g);
    }

    /** Keys with a transaction inside or waiting; for tests. */
    int busyKeys() {
        return gates.size();
    }
}
