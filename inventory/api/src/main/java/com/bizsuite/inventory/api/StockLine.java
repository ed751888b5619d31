package com.bizsuite.inventory.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.util.UUID;

/** One document line: a positive quantity, and the unit cost for increases (feeds the average cost). */
@Serdeable
public record StockLine(int line, UUID itemId, BigDecimal quantity, @Nullable BigDecimal rate) {
}
