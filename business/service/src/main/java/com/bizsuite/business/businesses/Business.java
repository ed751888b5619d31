package com.bizsuite.business.businesses;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;
import java.util.UUID;

/** A tenant. {@code invoicePrefixes} is a JSON object of series to prefix. */
@MappedEntity(value = "businesses", schema = "business")
record Business(
        @Id UUID id,
        String name,
        @Nullable String type,
        @Nullable String gstin,
        @Nullable String pan,
        @Nullable String phone,
        @Nullable String email,
        @Nullable String addressLine1,
        @Nullable String addressLine2,
        @Nullable String city,
        @Nullable String state,
        @Nullable String stateCode,
        @Nullable String pincode,
        short financialYearStartMonth,
        boolean allowNegativeStock,
        String roundOff,
        String invoicePrefixes,
        @Nullable String bankName,
        @Nullable String bankAccountNumber,
        @Nullable String bankIfsc,
        @Nullable String upiId,
        UUID createdBy,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant deletedAt,
        @Version Long version) {
}
