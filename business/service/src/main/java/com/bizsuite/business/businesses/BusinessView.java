package com.bizsuite.business.businesses;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A business as the clients read it; {@code owner_id} is its creator, as in the old system. */
@Serdeable
record BusinessView(UUID id, UUID ownerId, String name, String type, String gstin, String pan, String phone, String email,
                    String addressLine1, String addressLine2, String city, String state, String stateCode, String pincode,
                    String country, String status,
                    int financialYearStartMonth, boolean allowNegativeStock, String roundOff, Map<String, String> invoicePrefixes,
                    String bankName, String bankAccountNumber, String bankIfsc, String upiId,
                    Instant createdAt, Instant updatedAt) {
}
