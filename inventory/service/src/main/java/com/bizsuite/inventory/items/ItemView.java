package com.bizsuite.inventory.items;

import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** An item with its stock on hand, weighted average cost and stock value. */
@Serdeable
public record ItemView(UUID id, UUID businessId, String name, UUID categoryId, UUID unitId, String sku, String barcode, String hsnCode,
                       String sacCode, String description, String inventoryType, BigDecimal sellingPrice, BigDecimal purchasePrice,
                       BigDecimal mrp, BigDecimal discountPercent, BigDecimal taxRate, BigDecimal cessRate, boolean taxInclusive,
                       BigDecimal currentStock, BigDecimal lowStockThreshold, boolean trackStock, BigDecimal averageCost,
                       BigDecimal stockValue, Instant createdAt, Instant updatedAt) {
}
