package com.bizsuite.inventory.stock;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One row of the stock ledger. {@code id} is the row's public id (column {@code public_id}; the
 * ledger's bigint key only orders it). {@code quantity} is signed: what this movement added.
 */
public record Movement(UUID id, UUID businessId, UUID itemId, String movementType, BigDecimal quantity, BigDecimal rate,
                       BigDecimal previousQuantity, BigDecimal resultingQuantity, String referenceType, UUID referenceId,
                       Integer referenceLine, String direction, String reason, String notes, UUID createdBy, Instant createdAt) {
}
