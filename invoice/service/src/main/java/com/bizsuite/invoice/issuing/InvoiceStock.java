package com.bizsuite.invoice.issuing;

import com.bizsuite.inventory.api.StockDocument;
import com.bizsuite.inventory.api.StockLine;
import com.bizsuite.inventory.api.StockMoveResult;
import com.bizsuite.inventory.api.StockMovements;
import com.bizsuite.platform.error.ApiException;
import jakarta.inject.Singleton;

import java.math.RoundingMode;
import java.util.List;
import java.util.UUID;

/**
 * What an issued document does to stock, through the inventory façade, in the issuing
 * transaction: a sale and a purchase credit note take stock out; a purchase and a sale credit
 * note bring it in; quotations and proformas never move it. A refusal aborts the issue (409).
 */
@Singleton
class InvoiceStock {

    private final StockMovements movements;

    InvoiceStock(StockMovements movements) {
        this.movements = movements;
    }

    void onIssue(Invoice invoice, String originalType, List<InvoiceLine> lines, UUID user) {
        String direction = direction(invoice.invoiceType(), originalType);
        if (direction == null) {
            return;
        }
        List<StockLine> stockLines = lines.stream().filter(l -> l.itemId() != null)
                .map(l -> new StockLine(l.lineNo(), l.itemId(), l.quantity(),
                        direction.equals("increase") ? l.taxableAmount().divide(l.quantity(), 2, RoundingMode.HALF_UP) : null))
                .toList();
        if (stockLines.isEmpty()) {
            return;
        }
        check(movements.apply(new StockDocument(invoice.businessId(), user, documentType(invoice), invoice.id(), direction, stockLines)));
    }

    void onCancel(Invoice invoice, UUID user) {
        check(movements.apply(new StockDocument(invoice.businessId(), user, documentType(invoice), invoice.id(), "reverse", List.of())));
    }

    private static void check(StockMoveResult result) {
        if (!result.moved()) {
            throw ApiException.conflict(result.refusal().reason());
        }
    }

    private static String documentType(Invoice invoice) {
        return invoice.invoiceType() + "_invoice";
    }

    static String direction(String type, String originalType) {
        return switch (type) {
            case "sale" -> "decrease";
            case "purchase" -> "increase";
            case "credit_note" -> "sale".equals(originalType) ? "increase" : "decrease";
            default -> null;
        };
    }
}
