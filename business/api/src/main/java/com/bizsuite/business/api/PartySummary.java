package com.bizsuite.business.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * @param stateCode two-digit GST state code of the place of supply: shipping state, else billing
 *                  state, else from the GSTIN; null when none is known
 * @param billingAddress  one line, for printing; null when none is recorded
 * @param createdAt       when the party was recorded (its ledger opens that day)
 */
@Serdeable
public record PartySummary(UUID id, String name, String type, @Nullable String gstin, @Nullable String stateCode,
                           BigDecimal openingBalance, String openingBalanceType, @Nullable String billingAddress,
                           @Nullable String shippingAddress, Instant createdAt) {
}
