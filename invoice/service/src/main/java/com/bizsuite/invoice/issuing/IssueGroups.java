package com.bizsuite.invoice.issuing;

import com.bizsuite.platform.persistence.GroupCommit;
import com.bizsuite.platform.web.RequestIds;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.MDC;

import java.util.List;
import java.util.UUID;

/**
 * Where invoices get issued: created and issued at once, a saved draft issued, or a draft patched
 * to issued. Whatever arrives together for one business is committed together ({@link GroupCommit},
 * {@link IssuedTogether}): the business's counters and audit chain are then locked once per group
 * instead of once per invoice. An issue inside the caller's transaction (an Idempotency-Key's, a
 * credit note's, a patch's) is a group of one, in that transaction.
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
        return submit(new IssuedTogether.NewInvoice(businessId, actor, request, MDC.get(RequestIds.MDC_KEY)));
    }

    InvoiceWithLines issue(UUID businessId, UUID actor, UUID draftId) {
        return submit(new IssuedTogether.SavedDraft(businessId, actor, draftId, MDC.get(RequestIds.MDC_KEY)));
    }

    /** A PATCH of a draft; {@code "status":"issued"} issues it in the same transaction. */
    @Transactional
    InvoiceWithLines update(UUID businessId, UUID actor, UUID id, InvoicePatch patch, String ifMatch) {
        InvoiceBook.Updated updated = book.updateDraft(businessId, actor, id, patch, ifMatch);
        return updated.issue() ? issue(businessId, actor, id) : updated.draft();
    }

    private InvoiceWithLines submit(IssuedTogether.Submitted submitted) {
        return groups.submit("invoice-issue:" + submitted.businessId(), submitted, together::issue,
                alone -> together.issue(List.of(alone)).getFirst().get());
    }
}
