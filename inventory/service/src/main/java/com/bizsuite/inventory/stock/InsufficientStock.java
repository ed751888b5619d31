package com.bizsuite.inventory.stock;

import java.math.BigDecimal;
import java.util.UUID;

/** A decrease that would take stock below zero where the business forbids it; nothing moved. */
public final class InsufficientStock extends RuntimeException {

    private final UUID itemId;
    private final BigDecimal requested;
    private final BigDecimal available;

    InsufficientStock(UUID itemId, BigDecimal requested, BigDecimal available) {
        super("Insufficient stock: requested " + requested.toPlainString() + ", available " + available.toPlainString(), null, false, false);
        this.itemId = itemId;
        this.requested = requested;
        this.available = available;
    }

    public UUID itemId() {
        return itemId;
    }

    public BigDecimal requested() {
        return requested;
    }

    public BigDecimal available() {
        return available;
    }

    /** The words a refusal gives the client: which item, how much is available, how much was asked for. */
    public static String message(String itemName, BigDecimal available, BigDecimal requested) {
        return "Insufficient stock for " + itemName + ": available " + available.toPlainString() + ", requested " + requested.toPlainString();
    }
}
