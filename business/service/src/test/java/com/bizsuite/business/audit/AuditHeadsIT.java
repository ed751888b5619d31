package com.bizsuite.business.audit;

import com.bizsuite.business.api.AuditEntry;
import com.bizsuite.platform.persistence.AfterCommit;
import com.bizsuite.platform.persistence.HotRowQueue;
import com.bizsuite.testing.ApiTest;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The remembered chain head: appends from this process link to the head it last committed in one
 * statement, and fall back to reading the head when another process (here a second trail with its
 * own memory) moved it, or when a transaction rolled back.
 */
@MicronautTest(transactional = false)
class AuditHeadsIT extends ApiTest {

    @Inject
    LocalAuditTrail trail;

    @Inject
    AuditVerifier verifier;

    @Inject
    JdbcOperations jdbc;

    @Inject
    TransactionOperations<Connection> transactions;

    @Inject
    HotRowQueue queue;

    @Inject
    AfterCommit afterCommit;

    @Inject
    Clock clock;

    private LocalAuditTrail anotherProcess() {
        return new LocalAuditTrail(jdbc, afterCommit, json, queue, clock);
    }

    private void record(LocalAuditTrail by, UUID business, String what) {
        transactions.executeWrite(status -> {
            by.record(new AuditEntry(business, null, "test." + what, "test", what, null, Map.of("what", what)));
            return null;
        });
    }

    private List<String> entityIdsInSeqOrder(UUID business) {
        return transactions.executeRead(status -> jdbc.prepareStatement(
                "SELECT entity_id FROM business.audit_log WHERE business_id = ? ORDER BY seq", s -> {
            s.setObject(1, business);
            List<String> ids = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids;
        }));
    }

    @Test
    void anAppendAfterAnotherProcessMovedTheHeadLinksToTheRealHead() {
        UUID business = UUID.randomUUID();
        LocalAuditTrail other = anotherProcess();
        record(trail, business, "one");
        record(other, business, "two");
        record(trail, business, "three");
        record(other, business, "four");
        record(trail, business, "five");
        record(trail, business, "six");

        assertThat(entityIdsInSeqOrder(business)).containsExactly("one", "two", "three", "four", "five", "six");
        assertThat(verifier.verify(business)).isEqualTo(new AuditVerifier.Verification(true, 6, null));
    }

    @Test
    void aRolledBackAppendLeavesTheChainAsItWas() {
        UUID business = UUID.randomUUID();
        record(trail, business, "one");
        assertThatThrownBy(() -> transactions.executeWrite(status -> {
            trail.record(new AuditEntry(business, null, "test.lost", "test", "lost", null, null));
            throw new IllegalStateException("rolled back");
        })).hasMessageContaining("rolled back");
        record(trail, business, "two");
        transactions.executeWrite(status -> {
            trail.record(new AuditEntry(business, null, "test.three", "test", "three", null, null));
            trail.record(new AuditEntry(business, null, "test.four", "test", "four", null, null));
            return null;
        });
        record(trail, business, "five");

        assertThat(entityIdsInSeqOrder(business)).containsExactly("one", "two", "three", "four", "five");
        assertThat(verifier.verify(business)).isEqualTo(new AuditVerifier.Verification(true, 5, null));
    }

    @Test
    void concurrentAppendsFromTwoProcessesFormOneUnbrokenChain() throws Exception {
        UUID business = UUID.randomUUID();
        LocalAuditTrail other = anotherProcess();
        int threads = 8;
        int each = 15;
        List<Callable<Void>> work = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            LocalAuditTrail by = t % 2 == 0 ? trail : other;
            String prefix = "t" + t + "-";
            work.add(() -> {
                for (int i = 0; i < each; i++) {
                    record(by, business, prefix + i);
                }
                return null;
            });
        }
        try (var pool = Executors.newFixedThreadPool(threads)) {
            for (Future<Void> done : pool.invokeAll(work)) {
                done.get();
            }
        }
        assertThat(entityIdsInSeqOrder(business)).hasSize(threads * each).doesNotHaveDuplicates();
        assertThat(verifier.verify(business)).isEqualTo(new AuditVerifier.Verification(true, threads * each, null));
    }
}
