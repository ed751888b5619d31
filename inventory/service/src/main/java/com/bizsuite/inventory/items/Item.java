package com.bizsuite.inventory.items;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** An item a business sells or buys. Its stock is not here: it lives in the stock ledger. */
@MappedEntity(value = "items", schema = "inventory")
public record Item(
        @Id UUID id,
        UUID businessId,
        String name,
        @Nullable UUID categoryId,
        @Nullable UUID unitId,
        @Nullable String sku,
        @Nullable String barcode,
        @Nullable String hsnCode,
        @Nullable String sacCode,
        @Nullable String description,
        String inventoryType,
        BigDecimal sellingPrice,
        BigDecimal purchasePrice,
        @Nullable BigDecimal mrp,
        BigDecimal discountPercent,
        BigDecimal taxRate,
        BigDecimal cessRate,
        boolean taxInclusive,
        @Nullable BigDecimal lowStockThreshold,
        boolean trackStock,
        boolean trackSerial,
        boolean trackBatch,
        UUID createdBy,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant deletedAt,
        @Version Long version) {

    /** The old system's inventory types; all but {@code services} are goods, which can hold stock. */
    static final String TYPES = "raw_material, wip, finished_goods, trading_goods, consumables, services";
    static final String TYPE_PATTERN = "^(raw_material|wip|finished_goods|trading_goods|consumables|services)$";
    static final String DEFAULT_TYPE = "trading_goods";

    static boolean isGoods(String inventoryType) {
        return !inventoryType.equals("services");
    }

    public boolean movesStock() {
        return trackStock && isGoods(inventoryType);
    }

    Item deleted(Instant when) {
        return new Item(id, businessId, name, categoryId, unitId, sku, barcode, hsnCode, sacCode, description, inventoryType,
                sellingPrice, purchasePrice, mrp, discountPercent, taxRate, cessRate, taxInclusive, lowStockThreshold, trackStock,
                trackSerial, trackBatch, createdBy, createdAt, when, when, version);
    }
}
