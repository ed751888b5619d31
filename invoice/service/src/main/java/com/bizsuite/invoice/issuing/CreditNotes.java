package com.bizsuite.invoice.issuing;

import com.bizsuite.business.api.AuditEntry;
import com.bizsuite.business.api.AuditTrail;
import com.bizsuite.business.api.Settings;
import com.bizsuite.invoice.gst.ComputedInvoice;
import com.bizsuite.invoice.gst.GstCalculator;
import com.bizsuite.invoice.gst.GstInput;
import com.bizsuite.invoice.gst.LineInput;
import com.bizsuite.platform.error.ApiException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Credit notes against an issued invoice: the credited lines keep the invoice's prices, rates and
 * place of supply; no line can be credited beyond what is left of it, nor the note exceed what
 * the party still owes on the invoice. The note is numbered in its own series, returns the
 * stock of its lines, and lowers the invoice's balance, all in one transaction.
 */
@Singleton
class CreditNotes {

    private static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");

    private final InvoiceRepository invoices;
    private final InvoiceLineRepository lines;
    private final InvoiceBook book;
    private final IssueGroups issuing;
    private final AuditTrail audit;
    private final Clock clock;

    CreditNotes(InvoiceRepository invoices, InvoiceLineRepository lines, InvoiceBook book, IssueGroups issuing, AuditTrail audit,
                Clock clock) {
        this.invoices = invoices;
        this.lines = lines;
        this.book = book;
        this.issuing = issuing;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    InvoiceWithLines create(UUID businessId, UUID actor, UUID invoiceId, CreditNoteRequest request) {
        Invoice original = invoices.lock(businessId, invoiceId).orElseThrow(() -> ApiException.notFound("Invoice"));
        if (!original.isIssued() || !original.isBill()) {
            throw ApiException.conflict("Credit notes are issued against issued sale or purchase invoices only");
        }
        LocalDate date = request.invoiceDate() == null ? LocalDate.now(clock.withZone(INDIA)) : request.invoiceDate();
        if (date.isBefore(original.invoiceDate())) {
            throw ApiException.badRequest("invoice_date: must not be before the invoice's date " + original.invoiceDate());
        }
        Map<UUID, InvoiceLine> originalLines = lines.ofInvoice(invoiceId).stream().collect(Collectors.toMap(InvoiceLine::id, Function.identity()));
        List<InvoiceLine> credited = new ArrayList<>();
        List<LineInput> inputs = new ArrayList<>();
        for (CreditNoteRequest.Line line : request.items()) {
            InvoiceLine source = originalLines.get(line.invoiceItemId());
            if (source == null) {
                throw ApiException.badRequest("items: " + line.invoiceItemId() + " is not a line of this invoice");
            }
            if (lines.credit(source.id(), line.quantity()) == 0) {
                throw ApiException.conflict("Line " + source.lineNo() + " (" + source.itemName() + ") has only "
                        + source.quantity().subtract(source.creditedQuantity()).toPlainString() + " left to credit");
            }
            credited.add(source);
            inputs.add(new LineInput(line.quantity(), source.unitPrice(), source.discountPercent(), source.taxRate(), source.cessRate(),
                    source.taxInclusive()));
        }
        Settings settings = book.settingsOf(businessId);
        ComputedInvoice amounts = GstCalculator.compute(new GstInput(original.supplierState(), original.placeOfSupply(),
                original.isInterstate(), original.invoiceDiscountPercent(),
                "off".equals(settings.roundOff()) ? GstInput.RoundOff.OFF : GstInput.RoundOff.NEAREST_RUPEE, inputs));
        BigDecimal left = original.balanceDue();
        if (amounts.total().compareTo(left) > 0) {
            throw ApiException.conflict("The credit note of " + amounts.total().toPlainString() + " exceeds the " + left.toPlainString()
                    + " left on invoice " + original.invoiceNumber() + "; refund payments first");
        }
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        invoices.save(new Invoice(id, businessId, original.partyId(), original.partyName(), original.partyGstin(), "credit_note",
                "credit_note", null, null, null, "draft", "unpaid", date, null, original.supplierState(),
                original.placeOfSupply(), amounts.interstate(), original.id(), request.reason(), original.invoiceDiscountPercent(),
                amounts.subtotal(), amounts.discount(), amounts.taxable(), amounts.cgst(), amounts.sgst(), amounts.igst(), amounts.cess(),
                amounts.tax(), amounts.roundOff(), amounts.total(), new BigDecimal("0.00"), new BigDecimal("0.00"), amounts.total(), null,
                null, actor, now, now, null, null, null));
        List<InvoiceLine> noteLines = new ArrayList<>();
        for (int i = 0; i < credited.size(); i++) {
            InvoiceLine source = credited.get(i);
            noteLines.add(InvoiceCalculation.line(id, i + 1, source.itemId(), source.id(),
                    new String[]{source.itemName(), source.hsnCode(), source.unit(), source.itemDescription()}, inputs.get(i),
                    amounts.lines().get(i)));
        }
        lines.saveAll(noteLines);
        InvoiceWithLines note = issuing.issue(businessId, actor, id);
        invoices.update(credit(original, amounts.total(), now));
        audit.record(new AuditEntry(businessId, actor, "invoice.credit_note", "invoice", original.id().toString(), null,
                note.view()));
        return note;
    }

    private static Invoice credit(Invoice i, BigDecimal amount, Instant now) {
        BigDecimal credited = i.creditedAmount().add(amount);
        BigDecimal balance = i.totalAmount().subtract(i.paidAmount()).subtract(credited);
        String status = balance.signum() == 0 ? "paid" : i.paymentStatus();
        return new Invoice(i.id(), i.businessId(), i.partyId(), i.partyName(), i.partyGstin(), i.invoiceType(), i.series(), i.financialYear(),
                i.sequenceNumber(), i.invoiceNumber(), i.status(), status, i.invoiceDate(), i.dueDate(), i.supplierState(),
                i.placeOfSupply(), i.isInterstate(), i.originalInvoiceId(), i.reason(), i.invoiceDiscountPercent(), i.subtotal(),
                i.discountAmount(), i.taxableAmount(), i.cgstAmount(), i.sgstAmount(), i.igstAmount(), i.cessAmount(), i.taxAmount(),
                i.roundOff(), i.totalAmount(), i.paidAmount(), credited, balance, i.terms(), i.notes(), i.createdBy(), i.createdAt(), now,
                i.issuedAt(), i.cancelledAt(), i.version());
    }
}
