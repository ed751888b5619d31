package com.bizsuite.business.audit;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.util.Objects;
import java.util.UUID;

/**
 * Walks a business's chain and reports the first entry that does not follow from the one
 * before it: edited (its hash no longer matches), removed (a gap in the sequence, or a head
 * that points past the end) or inserted out of line (a wrong previous hash).
 */
@Singleton
class AuditVerifier {

    @Serdeable
    record Verification(boolean ok, long checked, Long firstBrokenId) {
    }

    private final AuditLogQueries queries;

    AuditVerifier(AuditLogQueries queries) {
        this.queries = queries;
    }

    Verification verify(UUID businessId) {
        var state = new Object() {
            long checked;
            long expectedSeq = 1;
            String previousHash;
            Long broken;
        };
        queries.walk(businessId, row -> {
            if (state.broken != null) {
                return;
            }
            state.checked++;
            boolean linked = row.seq() == state.expectedSeq && Objects.equals(row.prevHash(), state.previousHash);
            if (!linked || !AuditChain.hash(row).equals(row.hash())) {
                state.broken = row.id();
                return;
            }
            state.expectedSeq++;
            state.previousHash = row.hash();
        });
        if (state.broken == null) {
            long head = queries.headSeq(businessId).map(h -> h[0]).orElse(0L);
            if (head != state.expectedSeq - 1) {
                return new Verification(false, state.checked, -1L);
            }
        }
        return new Verification(state.broken == null, state.checked, state.broken);
    }
}
