package com.bizsuite.inventory.movements;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.UUID;

@Serdeable
record AdjustmentRequest(
        @NotNull UUID itemId,
        @NotBlank @Pattern(regexp = "^(increase|decrease|set)$", message = "must be increase, decrease or set") String adjustmentType,
        @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 3) BigDecimal quantity,
        @Nullable @DecimalMin("0") @Digits(integer = 13, fraction = 2) BigDecimal rate,
        @Nullable @Size(max = 200) String reason,
        @Nullable @Size(max = 1000) String notes) {
}
