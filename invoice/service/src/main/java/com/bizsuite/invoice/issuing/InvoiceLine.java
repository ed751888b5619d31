package com.bizsuite.invoice.issuing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;
import java.util.UUID;

/** A computed invoice line. {@code originalItemId} is the credited line of the original invoice, on credit notes. */
@MappedEntity(value = "invoice_items", schema = "invoice")
public record InvoiceLine(
        @Id UUID id, UUID invoiceId, int lineNo, @Nullable UUID itemId, @Nullable UUID originalItemId, String itemName,
        @Nullable String itemDescription, @Nullable String hsnCode, @Nullable String unit, BigDecimal quantity, BigDecimal unitPrice,
        BigDecimal discountPercent, BigDecimal taxRate, BigDecimal cessRate, boolean taxInclusive, BigDecimal subtotal, BigDecimal discountAmount,
        BigDecimal taxableAmount, BigDecimal cgstRate, BigDecimal sgstRate, BigDecimal igstRate, BigDecimal cgstAmount,
        BigDecimal sgstAmount, BigDecimal igstAmount, BigDecimal cessAmount, BigDecimal totalAmount, BigDecimal creditedQuantity) {
}
