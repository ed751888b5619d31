package com.bizsuite.platform.persistence;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;

/**
 * Runs requests that arrive together for one key (such as one business's stock adjustments) in
 * one transaction: one commit, one lock of each hot row and one round trip per kind of statement
 * instead of one of each per request. Each request still gets its own answer, and every request
 * of a group is committed, or none, before any caller returns.
 *
 * <p>The first caller for an idle key leads: it takes every request queued for the key at that
 * moment (its own first, at most {@code bizsuite.persistence.group-commit.max}) and runs them
 * with {@code together}, which must open its own transaction and answer every request, failing
 * only those that broke a rule. Callers that arrive meanwhile wait; when the leader is done, the
 * oldest of them leads the next group. When {@code together} throws, nothing of the group was
 * committed, and each of its callers runs {@code alone} in a transaction of its own, so one bad
 * request can never fail the others.
 *
 * <p>A caller already inside a transaction runs {@code alone} in it, since its work must commit
 * with that transaction and no other.
 *
 * <p>Metrics: {@code bizsuite.group_commit.size} (requests per group) and
 * {@code bizsuite.group_commit.alone} (requests run alone after their group failed).
 */
@Singleton
public final class GroupCommit {

    /** The answer to one request of a group: its value, or the exception its caller gets. */
    public sealed interface Outcome<S> {

        static <S> Outcome<S> done(S value) {
            return new Done<>(value);
        }

        static <S> Outcome<S> failed(RuntimeException error) {
            return new Failed<>(error);
        }

        /** The value, or the failure thrown. */
        default S get() {
            return switch (this) {
                case Done<S> done -> done.value();
                case Failed<S> failed -> throw failed.error();
            };
        }
    }

    public record Done<S>(S value) implements Outcome<S> {
    }

    public record Failed<S>(RuntimeException error) implements Outcome<S> {

        public Failed {
            Objects.requireNonNull(error);
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(GroupCommit.class);
    private static final int WAITING = 0;
    private static final int LEADING = 1;
    private static final int ANSWERED = 2;
    private static final int ALONE = 3;

    private static final class Slot {
        final Object request;
        final Thread caller = Thread.currentThread();
        volatile int state = WAITING;
        Outcome<?> outcome;

        Slot(Object request) {
            this.request = request;
        }

        void wake(int next) {
            state = next;
            if (caller != Thread.currentThread()) {
                LockSupport.unpark(caller);
            }
        }
    }

    private static final class Lane {
        final ArrayDeque<Slot> queued = new ArrayDeque<>();
        boolean led;
        // dropped from the map: a caller that found it just before must take the key's new lane, or
        // two groups of one key would run at once and contend for the same rows
        boolean dropped;
    }

    private final TransactionOperations<Connection> transactions;
    private final int max;
    private final DistributionSummary sizes;
    private final Counter alone;
    private final ConcurrentHashMap<String, Lane> lanes = new ConcurrentHashMap<>();

    GroupCommit(TransactionOperations<Connection> transactions, @Value("${bizsuite.persistence.group-commit.max:64}") int max,
                MeterRegistry meters) {
        this.transactions = transactions;
        this.max = Math.max(1, max);
        this.sizes = DistributionSummary.builder("bizsuite.group_commit.size").description("Requests committed together in one transaction")
                .register(meters);
        this.alone = Counter.builder("bizsuite.group_commit.alone")
                .description("Requests run in a transaction of their own after their group's transaction failed").register(meters);
    }

    /**
     * Answers {@code request}, committed with whatever else was submitted for {@code key} at the
     * same time. {@code together} gets the group's requests in arrival order and returns one
     * outcome per request, in the same order.
     */
    @SuppressWarnings("unchecked")
    public <R, S> S submit(String key, R request, Function<List<R>, List<Outcome<S>>> together, Function<R, S> alone) {
        if (transactions.findTransactionStatus().isPresent()) {
            return alone.apply(request);
        }
        Slot mine = new Slot(request);
        Lane lane = join(key, mine);
        boolean interrupted = false;
        try {
            while (true) {
                int state = mine.state;
                if (state == LEADING) {
                    lead(key, lane, together);
                    state = mine.state;
                }
                if (state == ANSWERED) {
                    return ((Outcome<S>) mine.outcome).get();
                }
                if (state == ALONE) {
                    this.alone.increment();
                    return alone.apply(request);
                }
                LockSupport.park(this);
                // the request is in a group already and will be answered; an interrupt is kept for later
                interrupted |= Thread.interrupted();
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private Lane join(String key, Slot mine) {
        while (true) {
            Lane lane = lanes.computeIfAbsent(key, k -> new Lane());
            synchronized (lane) {
                if (!lane.dropped) {
                    lane.queued.add(mine);
                    if (!lane.led) {
                        lane.led = true;
                        mine.state = LEADING;
                    }
                    return lane;
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private <R, S> void lead(String key, Lane lane, Function<List<R>, List<Outcome<S>>> together) {
        List<Slot> group = new ArrayList<>();
        synchronized (lane) {
            while (!lane.queued.isEmpty() && group.size() < max) {
                group.add(lane.queued.poll());
            }
        }
        sizes.record(group.size());
        List<Outcome<S>> outcomes = null;
        try {
            List<Outcome<S>> answered = together.apply(group.stream().map(slot -> (R) slot.request).toList());
            if (answered.size() != group.size() || answered.stream().anyMatch(Objects::isNull)) {
                throw new IllegalStateException("a group of " + group.size() + " requests was not answered in full");
            }
            outcomes = answered;
        } catch (RuntimeException e) {
            LOG.debug("A group of {} requests for {} failed; each runs alone", group.size(), key, e);
        } finally {
            passOn(key, lane);
            for (int k = 0; k < group.size(); k++) {
                Slot slot = group.get(k);
                if (outcomes != null) {
                    slot.outcome = outcomes.get(k);
                }
                slot.wake(outcomes == null ? ALONE : ANSWERED);
            }
        }
    }

    /** Keys with a group running or queued. */
    int activeLanes() {
        return lanes.size();
    }

    // the oldest waiting caller leads next; an idle lane is dropped
    private void passOn(String key, Lane lane) {
        synchronized (lane) {
            Slot next = lane.queued.peek();
            if (next == null) {
                lane.led = false;
                lane.dropped = true;
                lanes.remove(key, lane);
            } else {
                next.wake(LEADING);
            }
        }
    }
}
