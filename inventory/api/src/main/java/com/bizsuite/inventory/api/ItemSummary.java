package com.bizsuite.inventory.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.util.UUID;

@Serdeable
public record ItemSummary(UUID id, String name, @Nullable String hsnCode, @Nullable String sacCode, @Nullable String unit,
                          BigDecimal sellingPrice, BigDecimal purchasePrice, BigDecimal taxRate, BigDecimal cessRate,
                          boolean taxInclusive, boolean trackStock) {
}
