package com.bizsuite.inventory.items;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * Create (name required) or update (absent fields stay) an item. {@code current_stock} is the
 * opening stock on create; an update may only repeat the stock on hand (old clients echo it), stock
 * moves only through the ledger. {@code track_serial} and {@code track_batch} are stored flags only.
 */
@Serdeable
record ItemDetails(
        @Nullable @Size(min = 1, max = 200) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String name,
        @Nullable UUID categoryId,
        @Nullable UUID unitId,
        @Nullable @Size(min = 1, max = 64) String sku,
        @Nullable @Size(min = 1, max = 64) String barcode,
        @Nullable @Pattern(regexp = "^([0-9]{4}|[0-9]{6}|[0-9]{8})$", message = "must be 4, 6 or 8 digits") String hsnCode,
        @Nullable @Pattern(regexp = "^[0-9]{6}$", message = "must be 6 digits") String sacCode,
        @Nullable @Size(max = 2000) String description,
        @Nullable @Pattern(regexp = Item.TYPE_PATTERN, message = "must be one of " + Item.TYPES) String inventoryType,
        @Nullable @DecimalMin("0") @Digits(integer = 13, fraction = 2) BigDecimal sellingPrice,
        @Nullable @DecimalMin("0") @Digits(integer = 13, fraction = 2) BigDecimal purchasePrice,
        @Nullable @DecimalMin("0") @Digits(integer = 13, fraction = 2) BigDecimal mrp,
        @Nullable @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal discountPercent,
        @Nullable BigDecimal taxRate,
        @Nullable @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal cessRate,
        @Nullable Boolean taxInclusive,
        @Nullable @DecimalMin("0") @Digits(integer = 12, fraction = 3) BigDecimal currentStock,
        @Nullable @DecimalMin("0") @Digits(integer = 12, fraction = 3) BigDecimal lowStockThreshold,
        @Nullable Boolean trackStock,
        @Nullable Boolean trackSerial,
        @Nullable Boolean trackBatch) {
}
