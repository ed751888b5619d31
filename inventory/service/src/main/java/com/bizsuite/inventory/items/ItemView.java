package com.bizsuite.inventory.items;

import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * An item with its stock on hand, weighted average cost and stock value, in the old system's
 * fields: {@code image_url} is always null (the old system accepted none), {@code valuation_method}
 * is what the ledger does, {@code weighted_avg_cost} is {@code average_cost} to 2 decimals, and
 * {@code status} is {@code active} (deleted items are never shown).
 */
@Serdeable
public record ItemView(UUID id, UUID businessId, String name, UUID categoryId, UUID unitId, String sku, String barcode, String hsnCode,
                       String sacCode, String description, String imageUrl, String inventoryType, BigDecimal sellingPrice,
                       BigDecimal purchasePrice, BigDecimal mrp, BigDecimal discountPercent, BigDecimal taxRate, BigDecimal cessRate,
                       boolean taxInclusive, BigDecimal currentStock, BigDecimal lowStockThreshold, boolean trackStock,
                       boolean trackSerial, boolean trackBatch, String valuationMethod, BigDecimal weightedAvgCost, String status,
                       BigDecimal averageCost, BigDecimal stockValue, Instant createdAt, Instant updatedAt) {

    static final String VALUATION_METHOD = "weighted_average";
    static final String STATUS = "active";
}
