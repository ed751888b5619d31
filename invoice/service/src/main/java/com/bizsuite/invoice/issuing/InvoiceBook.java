package com.bizsuite.invoice.issuing;

import com.bizsuite.business.api.AuditEntry;
import com.bizsuite.business.api.AuditTrail;
import com.bizsuite.business.api.BusinessSettings;
import com.bizsuite.business.api.Parties;
import com.bizsuite.business.api.PartySummary;
import com.bizsuite.business.api.Settings;
import com.bizsuite.invoice.gst.ComputedInvoice;
import com.bizsuite.invoice.numbering.DocumentNumbers;
import com.bizsuite.invoice.numbering.FinancialYear;
import com.bizsuite.invoice.numbering.NumberFormat;
import com.bizsuite.platform.error.ApiException;
import com.bizsuite.platform.json.PartialBody;
import com.bizsuite.platform.persistence.AfterCommit;
import com.bizsuite.platform.web.ETags;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.Validator;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The invoice lifecycle: draft (editable, deletable, no number, moves nothing) → issued
 * (numbered from the series counter, stock moved, immutable) → cancelled (stock moved back).
 * Numbering, stock and audit happen in the issuing transaction: a refusal consumes no number.
 */
@Singleton
public class InvoiceBook {

    private final InvoiceRepository invoices;
    private final InvoiceLineRepository lines;
    private final InvoiceCalculation calculation;
    private final DocumentNumbers numbers;
    private final InvoiceStock stock;
    private final Parties parties;
    private final BusinessSettings settings;
    private final AuditTrail audit;
    private final Validator validator;
    private final Clock clock;
    private final AfterCommit afterCommit;
    private final IssuedInvoiceCounter issuedCounter;

    InvoiceBook(InvoiceRepository invoices, InvoiceLineRepository lines, InvoiceCalculation calculation, DocumentNumbers numbers,
                InvoiceStock stock, Parties parties, BusinessSettings settings, AuditTrail audit, Validator validator, Clock clock,
                AfterCommit afterCommit, IssuedInvoiceCounter issuedCounter) {
        this.invoices = invoices;
        this.lines = lines;
        this.calculation = calculation;
        this.numbers = numbers;
        this.stock = stock;
        this.parties = parties;
        this.settings = settings;
        this.audit = audit;
        this.validator = validator;
        this.clock = clock;
        this.afterCommit = afterCommit;
        this.issuedCounter = issuedCounter;
    }

    /** A new draft: no number, no stock moved. Invoices issued at once are created by {@link IssuedTogether}. */
    @Transactional
    InvoiceWithLines createDraft(UUID businessId, UUID actor, InvoiceRequest request) {
        Settings business = settingsOf(businessId);
        PartySummary party = partyOf(businessId, request.partyId());
        UUID id = UUID.randomUUID();
        InvoiceCalculation.Result result = calculation.compute(id, businessId, business, party, request);
        Instant now = clock.instant();
        Invoice draft = invoices.save(invoice(id, businessId, business.stateCode(), party, request, result.amounts(), actor, now, now, null));
        lines.saveAll(result.lines());
        audit.record(new AuditEntry(businessId, actor, "invoice.create", "invoice", id.toString(), null, InvoiceView.of(draft, result.lines())));
        return new InvoiceWithLines(draft, result.lines());
    }

    /**
     * Applies a PATCH to a draft: a non-draft is a 409 whatever the body says; the merged draft
     * is validated as a create is, then recomputed from its lines (kept or replaced), so a new
     * party's place of supply takes effect. {@code "status":"issued"} issues it in the same transaction.
     */
    @Transactional
    InvoiceWithLines updateDraft(UUID businessId, UUID actor, UUID id, InvoicePatch patch, String ifMatch) {
        Invoice current = invoices.lock(businessId, id).orElseThrow(() -> ApiException.notFound("Invoice"));
        requireDraft(current, "edited");
        ETags.checkPrecondition(ifMatch, current.version());
        List<InvoiceLine> currentLines = lines.ofInvoice(id);
        InvoiceView before = InvoiceView.of(current, currentLines);
        InvoiceRequest request = PartialBody.validated(validator, patch.applyTo(current, currentLines));
        PartySummary party = partyOf(businessId, request.partyId());
        Settings business = settingsOf(businessId);
        InvoiceCalculation.Result result = calculation.compute(id, businessId, business, party, request);
        lines.deleteOfInvoice(id);
        Invoice updated = invoices.update(invoice(id, businessId, business.stateCode(), party, request, result.amounts(), current.createdBy(),
                current.createdAt(), clock.instant(), current.version()));
        lines.saveAll(result.lines());
        InvoiceView after = InvoiceView.of(updated, result.lines());
        InvoiceWithLines outcome = "issued".equals(request.status()) ? issue(businessId, actor, id)
                : new InvoiceWithLines(updated, result.lines());
        audit.record(new AuditEntry(businessId, actor, "invoice.update", "invoice", id.toString(), before, after));
        return outcome;
    }

    @Transactional
    void deleteDraft(UUID businessId, UUID actor, UUID id) {
        Invoice current = invoices.lock(businessId, id).orElseThrow(() -> ApiException.notFound("Invoice"));
        requireDraft(current, "deleted");
        InvoiceView before = view(current);
        lines.deleteOfInvoice(id);
        invoices.delete(current);
        audit.record(new AuditEntry(businessId, actor, "invoice.delete", "invoice", id.toString(), before, null));
    }

    /**
     * Issues a draft. Every issuing path takes its locks in one order: the invoice row, the stock
     * rows (in item order, inside the inventory façade), the number counter, the audit head last.
     * The counter is taken as late as possible because every issue of the series queues on it.
     */
    @Transactional
    InvoiceWithLines issue(UUID businessId, UUID actor, UUID id) {
        Invoice draft = invoices.lock(businessId, id).orElseThrow(() -> ApiException.notFound("Invoice"));
        if (!draft.isDraft()) {
            throw ApiException.conflict("Invoice " + draft.invoiceNumber() + " is already " + draft.status());
        }
        Settings business = settingsOf(businessId);
        List<InvoiceLine> draftLines = lines.ofInvoice(id);
        stock.onIssue(draft, originalType(draft), draftLines, actor);
        Invoice issued = invoices.update(numbered(business, draft, clock.instant()));
        audit.record(issueEntry(actor, issued, draftLines));
        counted(List.of(issued));
        return new InvoiceWithLines(issued, draftLines);
    }

    @Transactional
    InvoiceWithLines cancel(UUID businessId, UUID actor, UUID id) {
        Invoice current = invoices.lock(businessId, id).orElseThrow(() -> ApiException.notFound("Invoice"));
        if (!current.isIssued()) {
            throw ApiException.conflict("Only an issued invoice can be cancelled; this one is " + current.status());
        }
        if (current.invoiceType().equals("credit_note")) {
            throw ApiException.conflict("A credit note cannot be cancelled; issue a new invoice to correct it");
        }
        if (current.paidAmount().signum() > 0) {
            throw ApiException.conflict("Remove the payments allocated to this invoice before cancelling it");
        }
        if (current.creditedAmount().signum() > 0) {
            throw ApiException.conflict("This invoice has credit notes; it can no longer be cancelled");
        }
        Instant now = clock.instant();
        Invoice cancelled = invoices.update(withState(current, "cancelled", current.financialYear(), current.sequenceNumber(),
                current.invoiceNumber(), now, current.issuedAt(), now));
        stock.onCancel(cancelled, actor);
        List<InvoiceLine> invoiceLines = lines.ofInvoice(id);
        audit.record(new AuditEntry(businessId, actor, "invoice.cancel", "invoice", id.toString(), InvoiceView.of(current, invoiceLines),
                InvoiceView.of(cancelled, invoiceLines)));
        return new InvoiceWithLines(cancelled, invoiceLines);
    }

    @Transactional(readOnly = true)
    InvoiceWithLines read(UUID businessId, UUID id) {
        Invoice invoice = get(businessId, id);
        return new InvoiceWithLines(invoice, lines.ofInvoice(id));
    }

    @Transactional(readOnly = true)
    public Invoice get(UUID businessId, UUID id) {
        return invoices.find(businessId, id).orElseThrow(() -> ApiException.notFound("Invoice"));
    }

    @Transactional(readOnly = true)
    public InvoiceView view(Invoice invoice) {
        return InvoiceView.of(invoice, lines.ofInvoice(invoice.id()));
    }

    public Settings settingsOf(UUID businessId) {
        return settings.of(businessId).orElseThrow(() -> ApiException.notFound("Business"));
    }

    private Invoice numbered(Settings business, Invoice draft, Instant now) {
        String year = FinancialYear.of(draft.invoiceDate(), business.financialYearStartMonth());
        return numberedAs(business, draft, year, numbers.next(draft.businessId(), draft.series(), year), now);
    }

    /** Counts documents issued in the current transaction once it has committed. */
    void counted(List<Invoice> issued) {
        afterCommit.run(() -> issuedCounter.count(issued));
    }

    /** The draft issued with number {@code sequence} of its series in {@code year}. */
    static Invoice numberedAs(Settings business, Invoice draft, String year, int sequence, Instant now) {
        try {
            return withState(draft, "issued", year, sequence, NumberFormat.format(prefix(business, draft.series()), year, sequence), now, now,
                    null);
        } catch (IllegalStateException full) {
            throw ApiException.conflict("The " + draft.series() + " series has no numbers left for " + year
                    + " within 16 characters; choose a shorter prefix");
        }
    }

    private static AuditEntry issueEntry(UUID actor, Invoice issued, List<InvoiceLine> issuedLines) {
        return issueEntry(actor, issued, issuedLines, null);
    }

    static AuditEntry issueEntry(UUID actor, Invoice issued, List<InvoiceLine> issuedLines, String requestId) {
        return new AuditEntry(issued.businessId(), actor, "invoice.issue", "invoice", issued.id().toString(), null,
                InvoiceView.of(issued, issuedLines), requestId);
    }

    static String prefix(Settings settings, String series) {
        return settings.invoicePrefixes().getOrDefault(series, series.substring(0, Math.min(3, series.length())).toUpperCase());
    }

    private PartySummary partyOf(UUID businessId, UUID partyId) {
        return parties.find(businessId, partyId).orElseThrow(InvoiceBook::noSuchParty);
    }

    static ApiException noSuchParty() {
        return ApiException.badRequest("party_id: no such party in this business");
    }

    private String originalType(Invoice invoice) {
        return invoice.originalInvoiceId() == null ? null : get(invoice.businessId(), invoice.originalInvoiceId()).invoiceType();
    }

    private static void requireDraft(Invoice invoice, String verb) {
        if (!invoice.isDraft()) {
            throw ApiException.conflict("Invoice " + invoice.invoiceNumber() + " is " + invoice.status()
                    + " and cannot be " + verb + "; issue a credit note or cancel it");
        }
    }

    static Invoice invoice(UUID id, UUID businessId, String supplierState, PartySummary party, InvoiceRequest r, ComputedInvoice a,
                                   UUID createdBy,
                                   Instant createdAt, Instant now, Long version) {
        return new Invoice(id, businessId, party.id(), party.name(), party.gstin(), r.invoiceType(), r.invoiceType(), null, null, null,
                "draft", "unpaid", r.invoiceDate(), r.dueDate(), supplierState, a.placeOfSupply(), a.interstate(), null, null,
                r.invoiceDiscountPercent() == null ? new BigDecimal("0.00") : r.invoiceDiscountPercent().setScale(2), a.subtotal(),
                a.discount(), a.taxable(), a.cgst(), a.sgst(), a.igst(), a.cess(), a.tax(), a.roundOff(), a.total(),
                new BigDecimal("0.00"), new BigDecimal("0.00"), a.total(), r.terms(), r.notes(), createdBy, createdAt, now, null, null,
                version);
    }

    static Invoice withState(Invoice i, String status, String year, Integer sequence, String number, Instant now, Instant issuedAt,
                             Instant cancelledAt) {
        return new Invoice(i.id(), i.businessId(), i.partyId(), i.partyName(), i.partyGstin(), i.invoiceType(), i.series(), year, sequence,
                number, status, i.paymentStatus(), i.invoiceDate(), i.dueDate(), i.supplierState(), i.placeOfSupply(), i.isInterstate(),
                i.originalInvoiceId(), i.reason(), i.invoiceDiscountPercent(), i.subtotal(), i.discountAmount(), i.taxableAmount(),
                i.cgstAmount(), i.sgstAmount(), i.igstAmount(), i.cessAmount(), i.taxAmount(), i.roundOff(), i.totalAmount(),
                i.paidAmount(), i.creditedAmount(), i.balanceDue(), i.terms(), i.notes(), i.createdBy(), i.createdAt(), now, issuedAt,
                cancelledAt, i.version());
    }
}
