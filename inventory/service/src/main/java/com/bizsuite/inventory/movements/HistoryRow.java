package com.bizsuite.inventory.movements;

import com.bizsuite.inventory.stock.Movement;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One row of an item's stock history. A manual adjustment keeps the fields the old history
 * answer had ({@code adjustment_type} and {@code quantity} as requested); every row carries the
 * stock before and after it, and a document's rows the document that moved them.
 */
@Serdeable
record HistoryRow(UUID id, UUID businessId, UUID itemId, String movementType, String adjustmentType, BigDecimal quantity,
                  BigDecimal previousStock, BigDecimal newStock, BigDecimal rate, String reason, String notes, String referenceType,
                  UUID referenceId, Integer referenceLine, String direction, UUID createdBy, Instant createdAt) {

    static HistoryRow of(Movement m) {
        String adjustmentType = m.movementType().startsWith(StockAdjustments.MOVEMENT_PREFIX)
                ? m.movementType().substring(StockAdjustments.MOVEMENT_PREFIX.length()) : null;
        // a set asked for the stock it left; any other row moved the quantity shown, in the direction its stock figures show
        BigDecimal quantity = "set".equals(adjustmentType) ? m.resultingQuantity() : m.quantity().abs();
        return new HistoryRow(m.id(), m.businessId(), m.itemId(), m.movementType(), adjustmentType, quantity, m.previousQuantity(),
                m.resultingQuantity(), m.rate(), m.reason(), m.notes(), m.referenceType(), m.referenceId(), m.referenceLine(),
                m.direction(), m.createdBy(), m.createdAt());
    }
}
