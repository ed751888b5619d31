package com.bizsuite.invoice.issuing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A sale or purchase invoice, quotation, proforma or credit note, with its computed amounts. */
@MappedEntity(value = "invoices", schema = "invoice")
public record Invoice(
        @Id UUID id, UUID businessId, UUID partyId, String partyName, @Nullable String partyGstin, String invoiceType, String series,
        @Nullable String financialYear, @Nullable Integer sequenceNumber, @Nullable String invoiceNumber, String status,
        String paymentStatus, LocalDate invoiceDate, @Nullable LocalDate dueDate, @Nullable String supplierState,
        @Nullable String placeOfSupply, boolean isInterstate, @Nullable UUID originalInvoiceId, @Nullable String reason,
        BigDecimal invoiceDiscountPercent, BigDecimal subtotal, BigDecimal discountAmount, BigDecimal taxableAmount,
        BigDecimal cgstAmount, BigDecimal sgstAmount, BigDecimal igstAmount, BigDecimal cessAmount, BigDecimal taxAmount,
        BigDecimal roundOff, BigDecimal totalAmount, BigDecimal paidAmount, BigDecimal creditedAmount, BigDecimal balanceDue,
        @Nullable String terms, @Nullable String notes, UUID createdBy, Instant createdAt, Instant updatedAt,
        @Nullable Instant issuedAt, @Nullable Instant cancelledAt, @Version Long version) {

    public boolean isDraft() {
        return status.equals("draft");
    }

    public boolean isIssued() {
        return status.equals("issued");
    }

    /** Sale and purchase invoices are receivables or payables; quotations and proformas are not. */
    public boolean isBill() {
        return invoiceType.equals("sale") || invoiceType.equals("purchase");
    }

    public String paymentStatusFor(BigDecimal paid) {
        return paid.signum() == 0 ? "unpaid" : paid.add(creditedAmount).compareTo(totalAmount) >= 0 ? "paid" : "partial";
    }
}
