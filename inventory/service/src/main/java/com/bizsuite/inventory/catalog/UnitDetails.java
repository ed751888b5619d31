package com.bizsuite.inventory.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Create (name and short name required, decimal places 0 when left out) or update (absent fields stay) a unit. */
@Serdeable
record UnitDetails(@Nullable @Size(min = 1, max = 50) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String name,
                   @Nullable @Size(min = 1, max = 10) @Pattern(regexp = "^\\S+$", message = "must be one word") String shortName,
                   @Nullable @Min(0) @Max(3) Integer decimalPlaces) {
}
