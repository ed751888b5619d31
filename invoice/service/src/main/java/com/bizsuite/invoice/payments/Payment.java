package com.bizsuite.invoice.payments;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Money received from (payment_in) or paid to (payment_out) a party. */
@MappedEntity(value = "payments", schema = "invoice")
record Payment(@Id UUID id, UUID businessId, UUID partyId, String transactionType, LocalDate transactionDate, BigDecimal amount,
               String paymentMode, @Nullable String referenceNumber, @Nullable String bankName, @Nullable String chequeNumber,
               @Nullable LocalDate chequeDate, @Nullable String notes, UUID createdBy, Instant createdAt, Instant updatedAt,
               @Nullable Instant deletedAt, @Version Long version) {
}
