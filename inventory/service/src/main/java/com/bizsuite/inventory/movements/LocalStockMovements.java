package com.bizsuite.inventory.movements;

import com.bizsuite.inventory.api.StockDocument;
import com.bizsuite.inventory.api.StockMoveResult;
import com.bizsuite.inventory.api.StockMovements;
import com.bizsuite.platform.error.ApiException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The {@link StockMovements} façade inside the JVM: joins the caller's transaction. */
@Singleton
class LocalStockMovements implements StockMovements {

    private static final Set<String> DIRECTIONS = Set.of("increase", "decrease", "reverse");

    private final DocumentMoves moves;

    LocalStockMovements(DocumentMoves moves) {
        this.moves = moves;
    }

    @Override
    @Transactional
    public List<StockMoveResult> applyEach(List<StockDocument> documents) {
        if (documents.isEmpty()) {
            return List.of();
        }
        UUID businessId = documents.getFirst().businessId();
        for (StockDocument document : documents) {
            check(document);
            if (!document.businessId().equals(businessId)) {
                throw new IllegalArgumentException("Documents applied together must belong to one business");
            }
        }
        return moves.apply(businessId, documents);
    }

    private static void check(StockDocument document) {
        if (!DIRECTIONS.contains(document.direction())) {
            throw ApiException.badRequest("direction: must be increase, decrease or reverse");
        }
        if (document.documentType() == null || document.documentType().isBlank() || document.documentType().length() > 32) {
            throw ApiException.badRequest("document_type: required, at most 32 characters");
        }
    }
}
