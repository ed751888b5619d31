package com.bizsuite.invoice.payments;

import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A payment with its allocations; {@code invoice_id} is the first allocation, for the old clients.
 * {@code status} is {@code active} on every payment that can be read; only the answer to the PATCH
 * that cancels one (which then reads as deleted) says {@code cancelled}, with what it had settled.
 */
@Serdeable
record PaymentView(UUID id, UUID businessId, UUID partyId, UUID invoiceId, List<Allocated> allocations, BigDecimal unallocatedAmount,
                   String transactionType, LocalDate transactionDate, BigDecimal amount, String paymentMode, String referenceNumber,
                   String bankName, String chequeNumber, LocalDate chequeDate, String notes, String status, Instant createdAt,
                   Instant updatedAt) {

    @Serdeable
    record Allocated(UUID invoiceId, BigDecimal amount) {
    }

    static PaymentView of(Payment p, List<Allocated> allocations) {
        BigDecimal allocated = allocations.stream().map(Allocated::amount).reduce(new BigDecimal("0.00"), BigDecimal::add);
        return new PaymentView(p.id(), p.businessId(), p.partyId(), allocations.isEmpty() ? null : allocations.getFirst().invoiceId(),
                allocations, p.amount().subtract(allocated), p.transactionType(), p.transactionDate(), p.amount(), p.paymentMode(),
                p.referenceNumber(), p.bankName(), p.chequeNumber(), p.chequeDate(), p.notes(),
                p.deletedAt() == null ? "active" : "cancelled", p.createdAt(), p.updatedAt());
    }
}
