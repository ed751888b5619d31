package com.bizsuite.business.businesses;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

@Serdeable
record BusinessView(UUID id, String name, String type, String gstin, String pan, String phone, String email,
                    String addressLine1, String addressLine2, String city, String state, String stateCode, String pincode,
                    int financialYearStartMonth, boolean allowNegativeStock, String roundOff, Map<String, String> invoicePrefixes,
                    String bankName, String bankAccountNumber, String bankIfsc, String upiId,
                    Instant createdAt, Instant updatedAt) {
}
