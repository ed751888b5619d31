package com.bizsuite.inventory.api;

/**
 * Moves stock for a document's lines, all or none. Each (document, line, direction) moves at
 * most once, however often or concurrently it is applied; a reversal undoes exactly what the
 * document moved. Runs inside the caller's transaction when both modules share a JVM; inputs
 * and outputs are plain records so it can be called over HTTP as well.
 */
public interface StockMovements {

    StockMoveResult apply(StockDocument document);
}
