package com.bizsuite.business.parties;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;

/** Create (name required) and update (absent fields stay) of a party. */
@Serdeable
record PartyDetails(
        @Nullable @Size(min = 1, max = 200) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String name,
        @Nullable @Pattern(regexp = "^(customer|supplier|both)$", message = "must be one of customer, supplier, both") String type,
        @Nullable @Pattern(regexp = "^[6-9][0-9]{9}$") String phone,
        @Nullable @Email @Size(max = 254) String email,
        @Nullable String gstin,
        @Nullable String pan,
        @Nullable @Size(max = 200) String billingAddressLine1,
        @Nullable @Size(max = 200) String billingAddressLine2,
        @Nullable @Size(max = 100) String billingCity,
        @Nullable @Size(max = 100) String billingState,
        @Nullable @Pattern(regexp = "^[1-9][0-9]{5}$", message = "must be a 6-digit PIN code") String billingPincode,
        @Nullable @Size(max = 200) String shippingAddressLine1,
        @Nullable @Size(max = 200) String shippingAddressLine2,
        @Nullable @Size(max = 100) String shippingCity,
        @Nullable @Size(max = 100) String shippingState,
        @Nullable @Pattern(regexp = "^[1-9][0-9]{5}$", message = "must be a 6-digit PIN code") String shippingPincode,
        @Nullable Boolean shippingSameAsBilling,
        @Nullable @DecimalMin("0") @Digits(integer = 13, fraction = 2) BigDecimal openingBalance,
        @Nullable @Pattern(regexp = "^(credit|debit)$", message = "must be credit or debit") String openingBalanceType,
        @Nullable @DecimalMin("0") @Digits(integer = 13, fraction = 2) BigDecimal creditLimit,
        @Nullable @Min(0) @Max(365) Integer creditPeriodDays,
        @Nullable @Size(max = 2000) String notes,
        @Nullable @Size(max = 20) List<@NotNull @Size(min = 1, max = 50) String> tags) {
}
