package com.bizsuite.invoice.issuing;

import com.bizsuite.inventory.api.StockDocument;
import com.bizsuite.inventory.api.StockLine;
import com.bizsuite.inventory.api.StockMoveResult;
import com.bizsuite.inventory.api.StockMovements;
import com.bizsuite.platform.error.ApiException;
import jakarta.inject.Singleton;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
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

    /** An invoice about to be issued, with its lines, by whom. */
    record Issue(Invoice invoice, String originalType, List<InvoiceLine> lines, UUID user) {
    }

    /**
     * Moves the stock of invoices of one business being issued, in one call: per invoice null when
     * its stock moved (or it moves none), else the refusal (409); a refused invoice moved nothing.
     */
    List<ApiException> onIssueEach(List<Issue> issues) {
        List<StockDocument> documents = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int k = 0; k < issues.size(); k++) {
            int position = k;
            document(issues.get(k)).ifPresent(d -> {
                documents.add(d);
                positions.add(position);
            });
        }
        List<ApiException> refusals = new ArrayList<>(Collections.nCopies(issues.size(), null));
        List<StockMoveResult> results = movements.applyEach(documents);
        for (int j = 0; j < results.size(); j++) {
            if (!results.get(j).moved()) {
                refusals.set(positions.get(j), refusal(results.get(j)));
            }
        }
        return refusals;
    }

    private static Optional<StockDocument> document(Issue issue) {
        Invoice invoice = issue.invoice();
        String direction = direction(invoice.invoiceType(), issue.originalType());
        if (direction == null) {
            return Optional.empty();
        }
        List<StockLine> stockLines = issue.lines().stream().filter(l -> l.itemId() != null)
                .map(l -> new StockLine(l.lineNo(), l.itemId(), l.quantity(),
                        direction.equals("increase") ? l.taxableAmount().divide(l.quantity(), 2, RoundingMode.HALF_UP) : null))
                .toList();
        return stockLines.isEmpty() ? Optional.empty()
                : Optional.of(new StockDocument(invoice.businessId(), issue.user(), documentType(invoice), invoice.id(), direction, stockLines));
    }

    void onCancel(Invoice invoice, UUID user) {
        check(movements.apply(new StockDocument(invoice.businessId(), user, documentType(invoice), invoice.id(), "reverse", List.of())));
    }

    private static void check(StockMoveResult result) {
        if (!result.moved()) {
            throw refusal(result);
        }
    }

    private static ApiException refusal(StockMoveResult result) {
        return ApiException.conflict(result.refusal().reason());
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
