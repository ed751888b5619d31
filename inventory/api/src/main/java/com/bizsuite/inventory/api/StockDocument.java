package com.bizsuite.inventory.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;

/**
 * @param documentType e.g. {@code sale_invoice}, {@code purchase_invoice}, {@code credit_note}
 * @param direction    {@code decrease} (a sale), {@code increase} (a purchase, a return) or
 *                     {@code reverse} (undo everything this document moved; lines are ignored)
 */
@Serdeable
public record StockDocument(UUID businessId, @Nullable UUID userId, String documentType, UUID documentId, String direction,
                            List<StockLine> lines) {
}
