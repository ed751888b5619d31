package com.bizsuite.inventory.items;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.micronaut.serde.annotation.Serdeable;

/** A row of the low-stock list: the item, and its unit's short name as the old list had it (null without a unit). */
@Serdeable
record LowStockItem(@JsonUnwrapped ItemView item, String unit) {
}
