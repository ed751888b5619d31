package com.bizsuite.invoice.issuing;

import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An invoice as the clients read it; some amounts appear under both the old and the new name.
 * {@code is_export} and {@code is_rcm} are always false: an invoice with either is refused.
 */
@Serdeable
public record InvoiceView(UUID id, UUID businessId, String invoiceNumber, String invoiceType, String status, String paymentStatus,
                          LocalDate invoiceDate, LocalDate dueDate, UUID partyId, Party party, String placeOfSupply, boolean isInterstate,
                          boolean isExport, boolean isRcm, UUID originalInvoiceId, String reason, BigDecimal subtotal,
                          BigDecimal subtotalAmount, BigDecimal discountAmount, BigDecimal invoiceDiscountPercent, BigDecimal taxableAmount,
                          BigDecimal cgstAmount, BigDecimal sgstAmount, BigDecimal igstAmount, BigDecimal cessAmount, BigDecimal taxAmount,
                          BigDecimal roundOff, BigDecimal totalAmount, BigDecimal paidAmount, BigDecimal creditedAmount, BigDecimal balanceDue,
                          String terms, String notes, List<Line> items, Instant createdAt, Instant updatedAt, Instant issuedAt,
                          Instant cancelledAt) {

    @Serdeable
    public record Party(UUID id, String name, String gstin) {
    }

    @Serdeable
    public record Line(UUID id, int lineNo, UUID itemId, String itemName, String itemDescription, String hsnCode, String unit,
                       BigDecimal quantity, BigDecimal unitPrice, BigDecimal discountPercent, BigDecimal gstRate, BigDecimal taxRate,
                       BigDecimal cessRate, boolean taxInclusive, BigDecimal subtotal, BigDecimal discountAmount, BigDecimal taxableAmount,
                       BigDecimal cgstRate, BigDecimal sgstRate, BigDecimal igstRate, BigDecimal cgstAmount, BigDecimal sgstAmount,
                       BigDecimal igstAmount, BigDecimal cessAmount, BigDecimal total, BigDecimal totalAmount, BigDecimal creditedQuantity) {

        static Line of(InvoiceLine l) {
            return new Line(l.id(), l.lineNo(), l.itemId(), l.itemName(), l.itemDescription(), l.hsnCode(), l.unit(), l.quantity(),
                    l.unitPrice(), l.discountPercent(), l.taxRate(), l.taxRate(), l.cessRate(), l.taxInclusive(), l.subtotal(),
                    l.discountAmount(), l.taxableAmount(), l.cgstRate(), l.sgstRate(), l.igstRate(), l.cgstAmount(), l.sgstAmount(),
                    l.igstAmount(), l.cessAmount(), l.totalAmount(), l.totalAmount(), l.creditedQuantity());
        }
    }

    public static InvoiceView of(Invoice i, List<InvoiceLine> lines) {
        return new InvoiceView(i.id(), i.businessId(), i.invoiceNumber(), i.invoiceType(), i.status(), i.paymentStatus(), i.invoiceDate(),
                i.dueDate(), i.partyId(), new Party(i.partyId(), i.partyName(), i.partyGstin()), i.placeOfSupply(), i.isInterstate(),
                false, false, i.originalInvoiceId(), i.reason(), i.subtotal(), i.subtotal(), i.discountAmount(), i.invoiceDiscountPercent(),
                i.taxableAmount(), i.cgstAmount(), i.sgstAmount(), i.igstAmount(), i.cessAmount(), i.taxAmount(), i.roundOff(),
                i.totalAmount(), i.paidAmount(), i.creditedAmount(), i.balanceDue(), i.terms(), i.notes(),
                lines.stream().map(Line::of).toList(), i.createdAt(), i.updatedAt(), i.issuedAt(), i.cancelledAt());
    }
}
