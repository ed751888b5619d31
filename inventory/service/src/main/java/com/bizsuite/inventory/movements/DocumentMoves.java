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
import java.util.Comparator;
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
            Plan plan = plan(document, earlier);
            List<StockLedger.Changed> moved = ledger.changeEach(document.businessId(), plan.changes(), allowNegative(document.businessId()));
            int refused = firstRefused(moved);
            if (refused >= 0) {
                throw new Refused(refusal(document.businessId(), plan.pending().get(refused)));
            }
            return plan.result(moved);
        } catch (RuntimeException e) {
            queries.undoDocument();
            throw e;
        }
    }

    /**
     * Applies documents that move lines for the first time (not reversals) with their stock
     * statements in one round trip: the documents are locked, the stock rows locked in item order,
     * then every line changed. Null, with nothing changed, when one of them moved before or one
     * would be refused: the caller then applies them one by one.
     */
    List<StockMoveResult> applyTogether(UUID businessId, List<StockDocument> documents) {
        if (documents.stream().anyMatch(d -> d.direction().equals("reverse"))) {
            return null;
        }
        if (queries.openDocuments(businessId, documents.stream().map(d -> new StockQueries.DocumentKey(d.documentType(), d.documentId())).toList())) {
            queries.undoDocuments();
            return null;
        }
        try {
            if (documents.size() > 1) {
                lockRows(businessId, documents.stream().flatMap(d -> d.lines().stream()).map(StockLine::itemId).toList());
            }
            List<Plan> plans = documents.stream().map(d -> plan(d, List.of())).toList();
            List<StockLedger.Changed> moved = ledger.changeEach(businessId, plans.stream().flatMap(p -> p.changes().stream()).toList(),
                    allowNegative(businessId));
            if (firstRefused(moved) >= 0) {
                queries.undoDocuments();
                return null;
            }
            List<StockMoveResult> results = new ArrayList<>();
            int from = 0;
            for (Plan plan : plans) {
                results.add(plan.result(moved.subList(from, from + plan.changes().size())));
                from += plan.changes().size();
            }
            return results;
        } catch (RuntimeException e) {
            queries.undoDocuments();
            throw e;
        }
    }

    /** Locks the stock rows of these items that exist, in the order documents lock them (by item). */
    void lockRows(UUID businessId, List<UUID> itemIds) {
        ledger.lockRows(businessId, itemIds.stream().filter(java.util.Objects::nonNull).distinct().sorted().toList());
    }

    /** A line to move, in lock order. */
    private record Pending(Item item, int line, BigDecimal delta, BigDecimal rate) {
    }

    /** What a document still has to move (in lock order), and the lines already settled: moved before, or not tracked. */
    private record Plan(List<StockMoveResult.LineResult> settled, List<Pending> pending, List<StockLedger.Change> changes) {

        StockMoveResult result(List<StockLedger.Changed> moved) {
            List<StockMoveResult.LineResult> lines = new ArrayList<>(settled);
            moved.forEach(m -> lines.add(DocumentMoves.result(m.movement(), "moved")));
            lines.sort(Comparator.comparingInt(StockMoveResult.LineResult::line));
            return new StockMoveResult(lines, null);
        }
    }

    private Plan plan(StockDocument document, List<Movement> earlier) {
        Map<String, Movement> done = new HashMap<>();
        for (Movement m : earlier) {
            done.put(m.referenceLine() + "/" + m.direction(), m);
        }
        List<StockMoveResult.LineResult> settled = new ArrayList<>();
        List<Pending> pending = new ArrayList<>();
        if (document.direction().equals("reverse")) {
            for (Movement original : done.values().stream().filter(m -> !m.direction().equals("reverse"))
                    .sorted(Comparator.comparing(Movement::itemId).thenComparing(Movement::referenceLine)).toList()) {
                Movement reversed = done.get(original.referenceLine() + "/reverse");
                if (reversed != null) {
                    settled.add(result(reversed, "already_moved"));
                } else {
                    pending.add(new Pending(items.getEvenIfDeleted(document.businessId(), original.itemId()), original.referenceLine(),
                            original.quantity().negate(), original.rate()));
                }
            }
            return new Plan(settled, pending, changes(document, pending));
        }
        // stock rows are locked in item order, so two documents with the same items in another order cannot deadlock
        List<StockLine> inLockOrder = document.lines().stream()
                .sorted(Comparator.comparing(StockLine::itemId).thenComparing(StockLine::line)).toList();
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
                settled.add(result(moved, "already_moved"));
            } else if (!item.movesStock()) {
                settled.add(new StockMoveResult.LineResult(line.line(), item.id(), line.quantity(), null, "not_tracked"));
            } else {
                ItemCatalog.checkQuantity("line " + line.line() + " quantity", line.quantity(), item.unitId() == null ? null : units.get(item.unitId()));
                BigDecimal delta = document.direction().equals("decrease") ? line.quantity().negate() : line.quantity();
                pending.add(new Pending(item, line.line(), delta, line.rate()));
            }
        }
        return new Plan(settled, pending, changes(document, pending));
    }

    private static List<StockLedger.Change> changes(StockDocument document, List<Pending> pending) {
        String type = document.direction().equals("reverse") ? "reversal" : document.documentType();
        return pending.stream().map(p -> new StockLedger.Change(p.item().id(), p.delta(),
                new MovementRequest(type, p.delta().signum() > 0 ? p.rate() : null, document.documentType(), document.documentId(), p.line(),
                        document.direction(), null, null, document.userId()))).toList();
    }

    private StockMoveResult.Refusal refusal(UUID businessId, Pending shortLine) {
        Item item = shortLine.item();
        BigDecimal requested = shortLine.delta().negate();
        BigDecimal available = ledger.quantity(businessId, item.id());
        return new StockMoveResult.Refusal(item.id(), item.name(), requested, available, InsufficientStock.message(item.name(), available, requested));
    }

    // changeEach answers null for a refused change
    private static int firstRefused(List<StockLedger.Changed> moved) {
        for (int k = 0; k < moved.size(); k++) {
            if (moved.get(k) == null) {
                return k;
            }
        }
        return -1;
    }

    private boolean allowNegative(UUID businessId) {
        return settings.of(businessId).map(Settings::allowNegativeStock).orElse(false);
    }

    private static StockMoveResult.LineResult result(Movement m, String status) {
        return new StockMoveResult.LineResult(m.referenceLine(), m.itemId(), m.quantity().abs(), m.resultingQuantity(), status);
    }
}
