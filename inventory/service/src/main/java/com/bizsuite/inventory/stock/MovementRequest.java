package com.bizsuite.inventory.stock;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * What to record with a stock change: its type, the document behind it (if any), why, and who.
 * {@code rate} is the unit cost of an increase and feeds the weighted average cost.
 */
public record MovementRequest(String movementType, BigDecimal rate, String referenceType, UUID referenceId, Integer referenceLine,
                              String direction, String reason, String notes, UUID createdBy) {

    public static MovementRequest manual(String type, BigDecimal rate, String reason, String notes, UUID user) {
        return new MovementRequest(type, rate, null, null, null, null, reason, notes, user);
    }
}
