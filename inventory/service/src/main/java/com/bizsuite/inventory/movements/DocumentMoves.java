package com.bizsuite.inventory.movements;

import com.bizsuite.business.api.BusinessSettings;
import com.bizsuite.business.api.Settings;
import com.bizsuite.inventory.api.StockDocument;
import com.bizsuite.inventory.api.StockLine;
import com.bizsuite.inventory.api.StockMoveResult;
import com.bizsuite.inventory.catalog.Unit;
import com.bizsuite.inventory.items.Item;
import com.bizsuite.inventory.items.ItemCatalog;
import com.bizsuite.inventory.stock.InsufficientStock;
import com.bizsuite.inventory.stock.Movement;
import com.bizsuite.inventory.stock.MovementRequest;
import com.bizsuite.inventory.stock.StockLedger;
import com.bizsuite.inventory.stock.StockQueries;
import com.bizsuite.platform.error.ApiException;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Applies a document's lines under a savepoint: a refusal (or any failure) rolls back this
 * document's moves and nothing else of the caller's transaction. The document is locked first (an
 * advisory lock on its key), so a concurrent second application waits, then finds every line
 * already moved. The savepoint, the lock and the read of earlier moves share one round trip.
 */
@Singleton
class DocumentMoves {

    static final class Refused extends RuntimeException {

        final transient StockMoveResult.Refusal refusal;

        Refused(StockMoveResult.Refusal refusal) {
            super(refusal.reason(), null, false, false);
            this.refusal = refusal;
        }
    }

    private final ItemCatalog items;
    private final StockLedger ledger;
    private final StockQueries queries;
    private final BusinessSettings settings;

    DocumentMoves(ItemCatalog items, StockLedger ledger, StockQueries queries, BusinessSettings settings) {
        this.items = items;
        this.ledger = ledger;
        this.queries = queries;
        this.settings = settings;
    }

    // in the caller's transaction (openDocument requires one); not itself transactional, so that a
    // refusal rolls back to the savepoint only and leaves the caller's transaction usable
    StockMoveResult apply(StockDocument document) {
        List<Movement> earlier = queries.openDocument(document.businessId(), document.documentType(), document.documentId());
        try {
            return applyAfter(earlier, document);
        } catch (RuntimeException e) {
            queries.undoDocument();
            throw e;
        }
    }

    private StockMoveResult applyAfter(List<Movement> earlier, StockDocument document) {
        Map<String, Movement> done = new HashMap<>();
        for (Movement m : earlier) {
            done.put(m.referenceLine() + "/" + m.direction(), m);
        }
        boolean allowNegative = settings.of(document.businessId()).map(Settings::allowNegativeStock).orElse(false);
        List<StockMoveResult.LineResult> results = new ArrayList<>();
        List<Pending> pending = new ArrayList<>();
        if (document.direction().equals("reverse")) {
            for (Movement original : done.values().stream().filter(m -> !m.direction().equals("reverse"))
                    .sorted(java.util.Comparator.comparing(Movement::itemId).thenComparing(Movement::referenceLine)).toList()) {
                Movement reversed = done.get(original.referenceLine() + "/reverse");
                if (reversed != null) {
                    results.add(result(reversed, "already_moved"));
                } else {
                    pending.add(new Pending(items.getEvenIfDeleted(document.businessId(), original.itemId()), original.referenceLine(),
                            original.quantity().negate(), original.rate()));
                }
            }
            results.addAll(moveAll(document, pending, allowNegative));
            results.sort(java.util.Comparator.comparingInt(StockMoveResult.LineResult::line));
            return new StockMoveResult(results, null);
        }
        // stock rows are locked in item order, so two documents with the same items in another order cannot deadlock
        List<StockLine> inLockOrder = document.lines().stream()
                .sorted(java.util.Comparator.comparing(StockLine::itemId).thenComparing(StockLine::line)).toList();
        Map<UUID, Item> known = items.activeItems(document.businessId(), inLockOrder.stream().map(StockLine::itemId).distinct().toList());
        Map<UUID, Unit> units = items.unitsOf(document.businessId(), known.values());
        for (StockLine line : inLockOrder) {
            if (line.quantity() == null || line.quantity().signum() <= 0) {
                throw ApiException.badRequest("line " + line.line() + ": quantity must be greater than 0");
            }
            Item item = known.get(line.itemId());
            if (item == null) {
                throw ApiException.notFound("Item");
            }
            Movement moved = done.get(line.line() + "/" + document.direction());
            if (moved != null) {
                results.add(result(moved, "already_moved"));
            } else if (!item.movesStock()) {
                results.add(new StockMoveResult.LineResult(line.line(), item.id(), line.quantity(), null, "not_tracked"));
            } else {
                ItemCatalog.checkQuantity("line " + line.line() + " quantity", line.quantity(), item.unitId() == null ? null : units.get(item.unitId()));
                BigDecimal delta = document.direction().equals("decrease") ? line.quantity().negate() : line.quantity();
                pending.add(new Pending(item, line.line(), delta, line.rate()));
            }
        }
        results.addAll(moveAll(document, pending, allowNegative));
        results.sort(java.util.Comparator.comparingInt(StockMoveResult.LineResult::line));
        return new StockMoveResult(results, null);
    }

    /** A line to move, in lock order. */
    private record Pending(Item item, int line, BigDecimal delta, BigDecimal rate) {
    }

    // every pending line in one round trip; a refusal of any line refuses the document
    private List<StockMoveResult.LineResult> moveAll(StockDocument document, List<Pending> pending, boolean allowNegative) {
        String type = document.direction().equals("reverse") ? "reversal" : document.documentType();
        List<StockLedger.Change> changes = pending.stream().map(p -> new StockLedger.Change(p.item().id(), p.delta(),
                new MovementRequest(type, p.delta().signum() > 0 ? p.rate() : null, document.documentType(), document.documentId(), p.line(),
                        document.direction(), null, null, document.userId()))).toList();
        try {
            return ledger.changeAll(document.businessId(), changes, allowNegative).stream().map(m -> result(m, "moved")).toList();
        } catch (InsufficientStock e) {
            Item item = pending.stream().map(Pending::item).filter(i -> i.id().equals(e.itemId())).findFirst().orElseThrow();
            throw new Refused(new StockMoveResult.Refusal(item.id(), item.name(), e.requested(), e.available(),
                    "Insufficient stock for " + item.name() + ": available " + e.available().toPlainString() + ", requested "
                            + e.requested().toPlainString()));
        }
    }

    private static StockMoveResult.LineResult result(Movement m, String status) {
        return new StockMoveResult.LineResult(m.referenceLine(), m.itemId(), m.quantity().abs(), m.resultingQuantity(), status);
    }
}
