package com.bizsuite.inventory.api;

import java.util.List;

/**
 * Moves stock for a document's lines, all or none. Each (document, line, direction) moves at
 * most once, however often or concurrently it is applied; a reversal undoes exactly what the
 * document moved. Runs inside the caller's transaction when both modules share a JVM; inputs
 * and outputs are plain records so it can be called over HTTP as well.
 */
public interface StockMovements {

    /**
     * Applies documents of one business in the caller's transaction, as if one after the other,
     * with one result per document in the given order. Every stock row any of them touches is
     * locked first, in item order. A refused document moves nothing and leaves the others alone.
     */
    List<StockMoveResult> applyEach(List<StockDocument> documents);

    /** One document: {@link #applyEach} of one. */
    default StockMoveResult apply(StockDocument document) {
        return applyEach(List.of(document)).getFirst();
    }
}
