package com.bizsuite.business.parties;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A customer or supplier of one business. {@code tags} is a JSON array. */
@MappedEntity(value = "parties", schema = "business")
record Party(
        @Id UUID id,
        UUID businessId,
        String name,
        String type,
        @Nullable String phone,
        @Nullable String email,
        @Nullable String gstin,
        @Nullable String pan,
        @Nullable String billingAddressLine1,
        @Nullable String billingAddressLine2,
        @Nullable String billingCity,
        @Nullable String billingState,
        @Nullable String billingPincode,
        @Nullable String shippingAddressLine1,
        @Nullable String shippingAddressLine2,
        @Nullable String shippingCity,
        @Nullable String shippingState,
        @Nullable String shippingPincode,
        boolean shippingSameAsBilling,
        @Nullable String stateCode,
        BigDecimal openingBalance,
        String openingBalanceType,
        @Nullable BigDecimal creditLimit,
        @Nullable Integer creditPeriodDays,
        @Nullable String notes,
        String tags,
        UUID createdBy,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant deletedAt,
        @Version Long version) {
}
