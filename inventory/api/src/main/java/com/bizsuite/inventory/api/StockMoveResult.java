package com.bizsuite.inventory.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * Either every line moved ({@code refusal == null}) or nothing did, and {@code refusal} says
 * which item fell short and by how much.
 */
@Serdeable
public record StockMoveResult(List<LineResult> lines, @Nullable Refusal refusal) {

    public boolean moved() {
        return refusal == null;
    }

    /**
     * @param status {@code moved}, {@code already_moved} (a retry) or {@code not_tracked} (a service, or stock not tracked)
     */
    @Serdeable
    public record LineResult(int line, UUID itemId, BigDecimal quantity, BigDecimal resultingStock, String status) {
    }

    @Serdeable
    public record Refusal(UUID itemId, String itemName, BigDecimal requested, BigDecimal available, String reason) {
    }
}
