package com.bizsuite.invoice.issuing;

import com.bizsuite.business.api.AuditEntry;
import com.bizsuite.business.api.AuditTrail;
import com.bizsuite.business.api.Parties;
import com.bizsuite.business.api.PartySummary;
import com.bizsuite.business.api.Settings;
import com.bizsuite.invoice.numbering.DocumentNumbers;
import com.bizsuite.invoice.numbering.FinancialYear;
import com.bizsuite.platform.error.ApiException;
import com.bizsuite.platform.persistence.GroupCommit.Outcome;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Creates and issues several invoices of one business in one transaction, each as it would be
 * alone: the same checks, the same stock rule, gapless numbers in arrival order, its own audit
 * entries. The group shares its statements: the business, the parties and the items are read once,
 * the stock rows locked once in item order and moved in one round trip, each series' counter moved
 * once, the invoices, their lines and the audit entries written in one statement each. An invoice
 * that breaks a rule is answered before anything of it is written; one refused for stock moved
 * nothing and takes no number.
 */
@Singleton
class IssuedTogether {

    /** An invoice to create and issue, as submitted: by whom, in which business, and the request its audit entries name. */
    record Submitted(UUID businessId, UUID actor, InvoiceRequest request, @Nullable String requestId) {
    }

    /** A submitted invoice checked and computed, ready to be issued: its draft, lines, and the entry recording its creation. */
    private record Prepared(int position, Submitted submitted, Invoice draft, List<InvoiceLine> lines, AuditEntry created) {
    }

    private final InvoiceBook book;
    private final Parties parties;
    private final InvoiceCalculation calculation;
    private final InvoiceStock stock;
    private final DocumentNumbers numbers;
    private final InvoiceRepository invoices;
    private final InvoiceLineRepository lines;
    private final AuditTrail audit;
    private final Clock clock;

    IssuedTogether(InvoiceBook book, Parties parties, InvoiceCalculation calculation, InvoiceStock stock, DocumentNumbers numbers, InvoiceRepository invoices,
                   InvoiceLineRepository lines, AuditTrail audit, Clock clock) {
        this.book = book;
        this.parties = parties;
        this.calculation = calculation;
        this.stock = stock;
        this.numbers = numbers;
        this.invoices = invoices;
        this.lines = lines;
        this.audit = audit;
        this.clock = clock;
    }

    // checks and computes an invoice; throws the 4xx of a request that breaks a rule, having written nothing
    private Prepared prepare(int position, Submitted submitted, Settings business, Map<UUID, PartySummary> parties, Instant now) {
        UUID businessId = submitted.businessId();
        InvoiceRequest request = submitted.request();
        PartySummary party = parties.get(request.partyId());
        if (party == null) {
            throw InvoiceBook.noSuchParty();
        }
        UUID id = UUID.randomUUID();
        InvoiceCalculation.Result result = calculation.compute(id, businessId, business, party, request);
        Invoice draft = InvoiceBook.invoice(id, businessId, business.stateCode(), party, request, result.amounts(), submitted.actor(), now, now,
                null);
        AuditEntry created = new AuditEntry(businessId, submitted.actor(), "invoice.create", "invoice", id.toString(), null,
                InvoiceView.of(draft, result.lines()), submitted.requestId());
        return new Prepared(position, submitted, draft, result.lines(), created);
    }

    /** Creates and issues invoices of one business in one transaction; one outcome per invoice, in the given order. */
    @Transactional
    List<Outcome<InvoiceWithLines>> issue(List<Submitted> submitted) {
        UUID businessId = submitted.getFirst().businessId();
        Settings business = book.settingsOf(businessId);
        calculation.readItemsOf(businessId, submitted.stream().map(Submitted::request).toList());
        Map<UUID, PartySummary> parties = this.parties.findAll(businessId, submitted.stream().map(s -> s.request().partyId()).distinct().toList());
        Instant now = clock.instant();
        List<Outcome<InvoiceWithLines>> outcomes = new ArrayList<>(Collections.nCopies(submitted.size(), null));
        List<Prepared> group = new ArrayList<>();
        for (int k = 0; k < submitted.size(); k++) {
            try {
                group.add(prepare(k, submitted.get(k), business, parties, now));
            } catch (ApiException e) {
                outcomes.set(k, Outcome.failed(e));
            }
        }
        if (group.isEmpty()) {
            return outcomes;
        }
        List<ApiException> refusals = stock.onIssueEach(group.stream()
                .map(p -> new InvoiceStock.Issue(p.draft(), null, p.lines(), p.submitted().actor())).toList());
        // each series' numbers in arrival order; counters in a fixed order
        Map<String, List<Integer>> bySeries = new TreeMap<>();
        for (int k = 0; k < group.size(); k++) {
            Invoice draft = group.get(k).draft();
            if (refusals.get(k) != null) {
                outcomes.set(group.get(k).position(), Outcome.failed(refusals.get(k)));
            } else {
                bySeries.computeIfAbsent(draft.series() + '\n' + year(business, draft), key -> new ArrayList<>()).add(k);
            }
        }
        List<Integer> issuing = new ArrayList<>();
        List<Invoice> numbered = new ArrayList<>();
        for (List<Integer> series : bySeries.values()) {
            Invoice first = group.get(series.getFirst()).draft();
            String year = year(business, first);
            int sequence = numbers.nextBlock(businessId, first.series(), year, series.size());
            for (int k : series) {
                issuing.add(k);
                numbered.add(InvoiceBook.numberedAs(business, group.get(k).draft(), year, sequence++, now));
            }
        }
        List<Invoice> issued = new ArrayList<>();
        invoices.saveAll(numbered).forEach(issued::add);
        lines.saveAll(issuing.stream().flatMap(k -> group.get(k).lines().stream()).toList());
        List<AuditEntry> entries = new ArrayList<>();
        for (int j = 0; j < issuing.size(); j++) {
            Prepared p = group.get(issuing.get(j));
            entries.add(p.created());
            entries.add(InvoiceBook.issueEntry(p.submitted().actor(), issued.get(j), p.lines(), p.submitted().requestId()));
            outcomes.set(p.position(), Outcome.done(new InvoiceWithLines(issued.get(j), p.lines())));
        }
        audit.recordAll(entries);
        book.counted(issued);
        return outcomes;
    }

    private static String year(Settings business, Invoice draft) {
        return FinancialYear.of(draft.invoiceDate(), business.financialYearStartMonth());
    }
}
