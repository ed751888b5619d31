package com.bizsuite.business.businesses;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import java.util.Map;

/** The settings part of a business, changed with business:settings (admins have it, not business:update). */
@Serdeable
record SettingsChange(
        @Nullable @Min(1) @Max(12) Integer financialYearStartMonth,
        @Nullable Boolean allowNegativeStock,
        @Nullable @Pattern(regexp = "^(off|nearest_rupee)$", message = "must be off or nearest_rupee") String roundOff,
        @Nullable Map<String, String> invoicePrefixes) {

    BusinessDetails asDetails() {
        return new BusinessDetails(null, null, null, null, null, null, null, null, null, null, null,
                financialYearStartMonth, allowNegativeStock, roundOff, invoicePrefixes, null, null, null, null);
    }
}
