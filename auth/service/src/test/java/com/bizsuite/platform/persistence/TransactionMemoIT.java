package com.bizsuite.platform.persistence;

import com.bizsuite.testing.ApiTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class TransactionMemoIT extends ApiTest {

    @Inject
    TransactionOperations<Connection> transactions;

    @Inject
    TransactionMemo memo;

    @Test
    void aKeyIsReadOncePerTransactionAndAgainAfterForgetOrInTheNext() {
        AtomicInteger reads = new AtomicInteger();
        transactions.executeWrite(status -> {
            assertThat(memo.get("k", () -> "v" + reads.incrementAndGet())).isEqualTo("v1");
            assertThat(memo.get("k", () -> "v" + reads.incrementAndGet())).isEqualTo("v1");
            memo.forget("k");
            assertThat(memo.get("k", () -> "v" + reads.incrementAndGet())).isEqualTo("v2");
            return null;
        });
        transactions.executeRead(status -> memo.get("k", () -> "v" + reads.incrementAndGet()));
        assertThat(reads).hasValue(3);
        assertThat(memo.get("k", () -> "v" + reads.incrementAndGet())).as("outside a transaction").isEqualTo("v4");
        assertThat(memo.get("k", () -> "v" + reads.incrementAndGet())).isEqualTo("v5");
    }

    @Test
    void manyKeysReadOnlyTheOnesNotYetKnownAndRememberTheAbsentOnes() {
        List<List<String>> asked = new java.util.ArrayList<>();
        transactions.executeWrite(status -> {
            Map<String, String> first = memo.getAll(List.of("a", "b", "absent"), keys -> {
                asked.add(keys);
                return keys.stream().filter(k -> !k.equals("absent")).collect(Collectors.toMap(k -> k, String::toUpperCase));
            });
            assertThat(first).containsExactlyInAnyOrderEntriesOf(Map.of("a", "A", "b", "B"));
            Map<String, String> second = memo.getAll(List.of("b", "c", "absent"), keys -> {
                asked.add(keys);
                return keys.stream().collect(Collectors.toMap(k -> k, String::toUpperCase));
            });
            assertThat(second).containsExactlyInAnyOrderEntriesOf(Map.of("b", "B", "c", "C"));
            return null;
        });
        assertThat(asked).containsExactly(List.of("a", "b", "absent"), List.of("c"));
    }

    @Inject
    RememberedReads remembered;

    @Test
    void anAnnotatedReadIsMadeOncePerTransactionAndArgumentsAndEveryTimeOutsideOne() {
        int before = remembered.made.get();
        transactions.executeWrite(status -> {
            String first = remembered.settingsOf("b1");
            assertThat(remembered.settingsOf("b1")).isEqualTo(first);
            assertThat(remembered.settingsOf("b2")).isNotEqualTo(first);
            return null;
        });
        assertThat(remembered.made.get() - before).as("b1 once, b2 once").isEqualTo(2);
        remembered.settingsOf("b1");
        remembered.settingsOf("b1");
        assertThat(remembered.made.get() - before).as("outside a transaction every call is made").isEqualTo(4);
    }

    @Test
    void aNewTransactionInsideAnotherHasItsOwnMemo() {
        AtomicInteger reads = new AtomicInteger();
        transactions.executeWrite(outer -> {
            assertThat(memo.get("k", () -> "outer" + reads.incrementAndGet())).isEqualTo("outer1");
            transactions.execute(io.micronaut.transaction.TransactionDefinition.of(
                    io.micronaut.transaction.TransactionDefinition.Propagation.REQUIRES_NEW), inner -> {
                assertThat(memo.get("k", () -> "inner" + reads.incrementAndGet())).isEqualTo("inner2");
                return null;
            });
            assertThat(memo.get("k", () -> "outer" + reads.incrementAndGet())).isEqualTo("outer3");
            return null;
        });
    }
}
