package com.bizsuite.business.businesses;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Map;

/**
 * Create (name required) and update (all optional; absent fields stay) of a business, with its
 * settings. GSTIN and PAN formats and the GSTIN check digit are checked by {@link Businesses}.
 */
@Serdeable
record BusinessDetails(
        @Nullable @Size(min = 1, max = 200) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String name,
        @Nullable @Pattern(regexp = "^(retailer|wholesaler|manufacturer|service|other)$",
                message = "must be one of retailer, wholesaler, manufacturer, service, other") String type,
        @Nullable String gstin,
        @Nullable String pan,
        @Nullable @Pattern(regexp = "^[6-9][0-9]{9}$") String phone,
        @Nullable @Email @Size(max = 254) String email,
        @Nullable @Size(max = 200) String addressLine1,
        @Nullable @Size(max = 200) String addressLine2,
        @Nullable @Size(max = 100) String city,
        @Nullable @Size(max = 100) String state,
        @Nullable @Pattern(regexp = "^[1-9][0-9]{5}$", message = "must be a 6-digit PIN code") String pincode,
        @Nullable @Min(1) @Max(12) Integer financialYearStartMonth,
        @Nullable Boolean allowNegativeStock,
        @Nullable @Pattern(regexp = "^(off|nearest_rupee)$", message = "must be off or nearest_rupee") String roundOff,
        @Nullable Map<String, String> invoicePrefixes,
        @Nullable @Size(max = 100) String bankName,
        @Nullable @Pattern(regexp = "^[0-9]{9,18}$", message = "must be 9 to 18 digits") String bankAccountNumber,
        @Nullable @Pattern(regexp = "^[A-Z]{4}0[A-Z0-9]{6}$", message = "must be an IFSC such as HDFC0001234") String bankIfsc,
        @Nullable @Pattern(regexp = "^[\\w.-]{2,256}@[a-zA-Z]{2,64}$", message = "must be a UPI id such as shop@upi") String upiId) {
}
