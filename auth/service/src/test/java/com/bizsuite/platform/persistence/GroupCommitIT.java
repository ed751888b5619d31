package com.bizsuite.platform.persistence;

import com.bizsuite.platform.error.ApiException;
import com.bizsuite.platform.persistence.GroupCommit.Outcome;
import com.bizsuite.testing.ApiTest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(transactional = false)
class GroupCommitIT extends ApiTest {

    private static final int CALLERS = 8;

    @Inject
    TransactionOperations<Connection> transactions;

    /** Answers each request with "request@transaction id", all in one transaction; the first group waits until every caller has submitted. */
    private final class Together implements Function<List<Integer>, List<Outcome<String>>> {
        final CountDownLatch submitted = new CountDownLatch(CALLERS);
        final AtomicInteger groups = new AtomicInteger();
        final Set<Long> transactionIds = ConcurrentHashMap.newKeySet();

        @Override
        public List<Outcome<String>> apply(List<Integer> requests) {
            if (groups.getAndIncrement() == 0) {
                awaitOthers();
            }
            return transactions.executeWrite(status -> {
                long tx = transactionId(status.getConnection());
                transactionIds.add(tx);
                return requests.stream().map(r -> r % 3 == 2 ? Outcome.<String>failed(ApiException.badRequest("no " + r))
                        : Outcome.done(r + "@" + tx)).toList();
            });
        }

        private void awaitOthers() {
            try {
                assertThat(submitted.await(10, TimeUnit.SECONDS)).isTrue();
                Thread.sleep(200);   // the last of them is queued by now
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Test
    void requestsThatArriveWhileAGroupRunsAreCommittedTogetherAndEachGetsItsOwnAnswer() throws Exception {
        GroupCommit groups = new GroupCommit(transactions, 64, new SimpleMeterRegistry());
        Together together = new Together();
        List<Future<String>> answers = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(CALLERS)) {
            for (int i = 0; i < CALLERS; i++) {
                int request = i;
                answers.add(pool.submit(() -> {
                    together.submitted.countDown();
                    return groups.submit("key", request, together, r -> {
                        throw new AssertionError("no group failed");
                    });
                }));
            }
            for (int i = 0; i < CALLERS; i++) {
                Future<String> answer = answers.get(i);
                if (i % 3 == 2) {
                    int request = i;
                    assertThatThrownBy(answer::get).hasCauseInstanceOf(ApiException.class).cause().hasMessage("no " + request);
                } else {
                    String value = answer.get(10, TimeUnit.SECONDS);
                    assertThat(value).startsWith(i + "@");
                    assertThat(together.transactionIds).contains(Long.parseLong(value.substring(value.indexOf('@') + 1)));
                }
            }
            assertThat(together.groups.get()).as("the first caller's group, then everyone who queued meanwhile").isEqualTo(2);
            assertThat(together.transactionIds).hasSize(2);
        }
        assertThat(groups.activeLanes()).isZero();
    }

    @Test
    void whenAGroupFailsEachOfItsRequestsRunsAloneAndOnlyTheBadOneFails() throws Exception {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        GroupCommit groups = new GroupCommit(transactions, 64, meters);
        CountDownLatch submitted = new CountDownLatch(CALLERS);
        AtomicInteger groupCalls = new AtomicInteger();
        Function<List<Integer>, List<Outcome<Integer>>> together = requests -> {
            if (groupCalls.getAndIncrement() == 0) {
                await(submitted);
            }
            if (requests.contains(5)) {
                throw new IllegalStateException("request 5 breaks its group's transaction");
            }
            return requests.stream().map(Outcome::done).toList();
        };
        Function<Integer, Integer> alone = r -> {
            if (r == 5) {
                throw ApiException.conflict("request 5 alone");
            }
            return r + 100;
        };
        List<Future<Integer>> answers = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(CALLERS)) {
            for (int i = 0; i < CALLERS; i++) {
                int request = i;
                answers.add(pool.submit(() -> {
                    submitted.countDown();
                    return groups.submit("key", request, together, alone);
                }));
            }
            int ranAlone = 0;
            for (int i = 0; i < CALLERS; i++) {
                if (i == 5) {
                    assertThatThrownBy(answers.get(i)::get).hasCauseInstanceOf(ApiException.class);
                    ranAlone++;
                } else {
                    int value = answers.get(i).get(10, TimeUnit.SECONDS);
                    assertThat(value % 100).isEqualTo(i);
                    ranAlone += value >= 100 ? 1 : 0;
                }
            }
            assertThat(meters.get("bizsuite.group_commit.alone").counter().count()).isEqualTo(ranAlone).isGreaterThanOrEqualTo(1);
        }
        assertThat(groups.activeLanes()).isZero();
    }

    @Test
    void aCallerAlreadyInATransactionRunsAloneInIt() {
        GroupCommit groups = new GroupCommit(transactions, 64, new SimpleMeterRegistry());
        long[] outer = new long[1];
        String answer = transactions.executeWrite(status -> {
            outer[0] = transactionId(status.getConnection());
            return groups.submit("key", 1, requests -> {
                throw new AssertionError("not grouped");
            }, r -> transactions.executeWrite(inner -> "ran in " + transactionId(inner.getConnection())));
        });
        assertThat(answer).isEqualTo("ran in " + outer[0]);
    }

    private static long transactionId(Connection connection) {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT txid_current()")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
