package com.bizsuite.invoice.issuing;

import com.bizsuite.business.api.AuditEntry;
import com.bizsuite.business.api.AuditTrail;
import com.bizsuite.business.api.BusinessSettings;
import com.bizsuite.business.api.Parties;
import com.bizsuite.business.api.PartySummary;
import com.bizsuite.business.api.Settings;
import com.bizsuite.inventory.api.ItemSummary;
import com.bizsuite.invoice.numbering.DocumentNumbers;
import com.bizsuite.invoice.numbering.FinancialYear;
import com.bizsuite.platform.error.ApiException;
import com.bizsuite.platform.persistence.AfterCommit;
import com.bizsuite.platform.persistence.GroupCommit.Outcome;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one way invoices get issued: several invoices of one business in one transaction, each as
 * it would be alone (a request alone is a group of one). An invoice is either new, created and
 * issued at once, or a saved draft. Each gets the same checks, the same stock rule, gapless
 * numbers in arrival order and its own audit entries. The group shares its statements: the
 * business, the parties, the items and the drafts are read once, the stock documents locked and
 * moved in two round trips, each series' counter moved once, the new invoices, their lines, the
 * issued drafts and the audit entries written in one statement each. Locks are taken in one
 * order: the drafts' rows (by id), the stock rows (by item), the counters (by series), the audit
 * head last. An invoice that breaks a rule is answered before anything of it is written; one
 * refused for stock moved nothing and takes no number.
 */
@Singleton
class IssuedTogether {

    /** An invoice to issue, by whom, in which business, and the request its audit entries name. */
    sealed interface Submitted permits NewInvoice, SavedDraft {

        UUID businessId();

        UUID actor();

        @Nullable
        String requestId();
    }

    /** A new invoice, created and issued at once. */
    record NewInvoice(UUID businessId, UUID actor, InvoiceRequest request, @Nullable String requestId) implements Submitted {
    }

    /** A draft saved before. */
    record SavedDraft(UUID businessId, UUID actor, UUID invoiceId, @Nullable String requestId) implements Submitted {
    }

    /** A submitted invoice checked and ready to be issued; {@code created} records a new one's creation. */
    private record Prepared(int position, Submitted submitted, Invoice draft, @Nullable String originalType, List<InvoiceLine> lines,
                            @Nullable AuditEntry created) {
    }

    /** What the group read once for all its invoices. */
    private record Shared(Settings business, Map<UUID, PartySummary> parties, Map<UUID, ItemSummary> catalogue, Map<UUID, Invoice> drafts,
                          Instant now) {
    }

    private final BusinessSettings settings;
    private final Parties parties;
    private final InvoiceCalculation calculation;
    private final InvoiceStock stock;
    private final DocumentNumbers numbers;
    private final InvoiceRepository invoices;
    private final InvoiceLineRepository lines;
    private final AuditTrail audit;
    private final Clock clock;
    private final AfterCommit afterCommit;
    private final IssuedInvoiceCounter issuedCounter;

    IssuedTogether(BusinessSettings settings, Parties parties, InvoiceCalculation calculation, InvoiceStock stock, DocumentNumbers numbers,
                   InvoiceRepository invoices, InvoiceLineRepository lines, AuditTrail audit, Clock clock, AfterCommit afterCommit,
                   IssuedInvoiceCounter issuedCounter) {
        this.settings = settings;
        this.parties = parties;
        this.calculation = calculation;
        this.stock = stock;
        this.numbers = numbers;
        this.invoices = invoices;
        this.lines = lines;
        this.audit = audit;
        this.clock = clock;
        this.afterCommit = afterCommit;
        this.issuedCounter = issuedCounter;
    }

    /** Issues invoices of one business in one transaction; one outcome per invoice, in the given order. */
    @Transactional
    List<Outcome<InvoiceWithLines>> issue(List<Submitted> submitted) {
        UUID businessId = submitted.getFirst().businessId();
        Shared shared = read(businessId, submitted);
        List<Outcome<InvoiceWithLines>> outcomes = new ArrayList<>(Collections.nCopies(submitted.size(), null));
        List<Prepared> group = new ArrayList<>();
        for (int k = 0; k < submitted.size(); k++) {
            try {
                group.add(switch (submitted.get(k)) {
                    case NewInvoice created -> prepare(k, created, shared);
                    case SavedDraft saved -> prepare(k, saved, shared);
                });
            } catch (ApiException e) {
                outcomes.set(k, Outcome.failed(e));
            }
        }
        if (group.isEmpty()) {
            return outcomes;
        }
        List<ApiException> refusals = stock.onIssueEach(group.stream()
                .map(p -> new InvoiceStock.Issue(p.draft(), p.originalType(), p.lines(), p.submitted().actor())).toList());
        List<Prepared> issuing = new ArrayList<>();
        List<Invoice> numbered = number(shared, group, refusals, issuing, outcomes);
        List<Invoice> issued = save(issuing, numbered);
        List<AuditEntry> entries = new ArrayList<>();
        for (int j = 0; j < issuing.size(); j++) {
            Prepared p = issuing.get(j);
            if (p.created() != null) {
                entries.add(p.created());
            }
            entries.add(InvoiceBook.issueEntry(p.submitted().actor(), issued.get(j), p.lines(), p.submitted().requestId()));
            outcomes.set(p.position(), Outcome.done(new InvoiceWithLines(issued.get(j), p.lines())));
        }
        audit.recordAll(entries);
        afterCommit.run(() -> issuedCounter.count(issued));
        return outcomes;
    }

    private Shared read(UUID businessId, List<Submitted> submitted) {
        Settings business = settings.of(businessId).orElseThrow(() -> ApiException.notFound("Business"));
        List<InvoiceRequest> requests = submitted.stream().filter(NewInvoice.class::isInstance).map(s -> ((NewInvoice) s).request()).toList();
        List<UUID> draftIds = submitted.stream().filter(SavedDraft.class::isInstance).map(s -> ((SavedDraft) s).invoiceId()).distinct()
                .sorted().toList();
        Map<UUID, PartySummary> groupParties = requests.isEmpty() ? Map.of()
                : parties.findAll(businessId, requests.stream().map(InvoiceRequest::partyId).distinct().toList());
        Map<UUID, ItemSummary> catalogue = requests.isEmpty() ? Map.of() : calculation.catalogueOf(businessId, requests);
        Map<UUID, Invoice> drafts = draftIds.isEmpty() ? Map.of()
                : invoices.lockAll(businessId, draftIds).stream().collect(Collectors.toMap(Invoice::id, Function.identity()));
        return new Shared(business, groupParties, catalogue, drafts, clock.instant());
    }

    // checks and computes a new invoice; throws the 4xx of a request that breaks a rule, having written nothing
    private Prepared prepare(int position, NewInvoice submitted, Shared shared) {
        InvoiceRequest request = submitted.request();
        PartySummary party = shared.parties().get(request.partyId());
        if (party == null) {
            throw InvoiceBook.noSuchParty();
        }
        UUID id = UUID.randomUUID();
        InvoiceCalculation.Result result = calculation.compute(id, shared.business(), party, request, shared.catalogue());
        Invoice draft = InvoiceBook.invoice(id, submitted.businessId(), shared.business().stateCode(), party, request, result.amounts(),
                submitted.actor(), shared.now(), shared.now(), null);
        AuditEntry created = new AuditEntry(submitted.businessId(), submitted.actor(), "invoice.create", "invoice", id.toString(), null,
                InvoiceView.of(draft, result.lines()), submitted.requestId());
        return new Prepared(position, submitted, draft, null, result.lines(), created);
    }

    private Prepared prepare(int position, SavedDraft submitted, Shared shared) {
        Invoice draft = shared.drafts().get(submitted.invoiceId());
        if (draft == null) {
            throw ApiException.notFound("Invoice");
        }
        if (!draft.isDraft()) {
            throw ApiException.conflict("Invoice " + draft.invoiceNumber() + " is already " + draft.status());
        }
        String originalType = draft.originalInvoiceId() == null ? null
                : invoices.find(draft.businessId(), draft.originalInvoiceId()).map(Invoice::invoiceType).orElse(null);
        return new Prepared(position, submitted, draft, originalType, lines.ofInvoice(draft.id()), null);
    }

    // each series' numbers in arrival order, counters in a fixed order; answers the refused, lists the rest in `issuing`
    private List<Invoice> number(Shared shared, List<Prepared> group, List<ApiException> refusals, List<Prepared> issuing,
                                 List<Outcome<InvoiceWithLines>> outcomes) {
        Map<String, List<Prepared>> bySeries = new TreeMap<>();
        for (int k = 0; k < group.size(); k++) {
            Prepared p = group.get(k);
            if (refusals.get(k) != null) {
                outcomes.set(p.position(), Outcome.failed(refusals.get(k)));
            } else {
                bySeries.computeIfAbsent(p.draft().series() + '\n' + year(shared.business(), p.draft()), key -> new ArrayList<>()).add(p);
            }
        }
        List<Invoice> numbered = new ArrayList<>();
        for (List<Prepared> series : bySeries.values()) {
            Invoice first = series.getFirst().draft();
            String year = year(shared.business(), first);
            int sequence = numbers.nextBlock(first.businessId(), first.series(), year, series.size());
            for (Prepared p : series) {
                issuing.add(p);
                numbered.add(InvoiceBook.numberedAs(shared.business(), p.draft(), year, sequence++, shared.now()));
            }
        }
        return numbered;
    }

    // new invoices and their lines are inserted, saved drafts updated; the result in the order given
    private List<Invoice> save(List<Prepared> issuing, List<Invoice> numbered) {
        List<Invoice> inserted = new ArrayList<>();
        List<Invoice> updated = new ArrayList<>();
        for (int j = 0; j < issuing.size(); j++) {
            (issuing.get(j).created() != null ? inserted : updated).add(numbered.get(j));
        }
        Map<UUID, Invoice> saved = new HashMap<>();
        if (!inserted.isEmpty()) {
            invoices.saveAll(inserted).forEach(i -> saved.put(i.id(), i));
            lines.saveAll(issuing.stream().filter(p -> p.created() != null).flatMap(p -> p.lines().stream()).toList());
        }
        if (!updated.isEmpty()) {
            invoices.updateAll(updated).forEach(i -> saved.put(i.id(), i));
        }
        return numbered.stream().map(i -> saved.get(i.id())).toList();
    }

    private static String year(Settings business, Invoice draft) {
        return FinancialYear.of(draft.invoiceDate(), business.financialYearStartMonth());
    }
}
