package com.bizsuite.invoice.issuing;

import com.bizsuite.platform.persistence.GroupCommit;
import com.bizsuite.platform.web.RequestIds;
import jakarta.inject.Singleton;
import org.slf4j.MDC;

import java.util.List;
import java.util.UUID;

/**
 * Where new invoices come in. Those issued at once that arrive together for one business are
 * committed together ({@link GroupCommit}, {@link IssuedTogether}): the business's counters and
 * audit chain are then locked once per group instead of once per invoice. A create inside the
 * caller's transaction (an Idempotency-Key's) is issued alone, in it.
 */
@Singleton
class IssueGroups {

    private final InvoiceBook book;
    private final IssuedTogether together;
    private final GroupCommit groups;

    IssueGroups(InvoiceBook book, IssuedTogether together, GroupCommit groups) {
        this.book = book;
        this.together = together;
        this.groups = groups;
    }

    InvoiceWithLines create(UUID businessId, UUID actor, InvoiceRequest given) {
        InvoiceRequest request = given.withDefaultDueDate();
        if ("draft".equals(request.status())) {
            return book.createDraft(businessId, actor, request);
        }
        var submitted = new IssuedTogether.Submitted(businessId, actor, request, MDC.get(RequestIds.MDC_KEY));
        return groups.submit("invoice-issue:" + businessId, submitted, together::issue, s -> together.issue(List.of(s)).getFirst().get());
    }
}
