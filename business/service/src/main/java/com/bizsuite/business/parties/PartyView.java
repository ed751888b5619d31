package com.bizsuite.business.parties;

import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Serdeable
record PartyView(UUID id, UUID businessId, String name, String type, String phone, String email, String gstin, String pan,
                 String billingAddressLine1, String billingAddressLine2, String billingCity, String billingState, String billingPincode,
                 String shippingAddressLine1, String shippingAddressLine2, String shippingCity, String shippingState,
                 String shippingPincode, boolean shippingSameAsBilling, String stateCode, BigDecimal openingBalance,
                 String openingBalanceType, BigDecimal creditLimit, Integer creditPeriodDays, String notes, List<String> tags,
                 String status, Instant createdAt, Instant updatedAt) {
}
