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
import com.bizsuite.inventory.stock.LockedStock;
import com.bizsuite.platform.error.ApiException;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * Applies documents' lines, each document all or nothing, in the caller's transaction. The
 * documents are locked first (an advisory lock on each key), so a concurrent second application
 * waits, then finds every line already moved; the stock rows their lines touch are locked in item
 * order and read in the same round trip. Every refusal is then decided against the locked stock
 * before anything is written, and the moves of all accepted documents are made in one more round
 * trip. A document alone is the same path with one document.
 */
@Singleton
class DocumentMoves {

    private final ItemCatalog items;
    private final StockLedger ledger;
    private final BusinessSettings settings;

    DocumentMoves(ItemCatalog items, StockLedger ledger, BusinessSettings settings) {
        this.items = items;
        this.ledger = ledger;
        this.settings = settings;
    }

    /** One result per document, in the given order; a refused document moved nothing. */
    List<StockMoveResult> apply(UUID businessId, List<StockDocument> documents) {
        boolean allowNegative = allowNegative(businessId);
        List<StockLedger.DocumentKey> keys = documents.stream().map(d -> new StockLedger.DocumentKey(d.documentType(), d.documentId())).toList();
        List<UUID> forwardItems = documents.stream().filter(d -> !d.direction().equals("reverse"))
                .flatMap(d -> d.lines().stream()).map(StockLine::itemId).toList();
        StockLedger.OpenDocuments opened = ledger.openDocuments(businessId, keys, forwardItems, allowNegative);
        // a reversal's items are known once its document's earlier moves are read: their rows are locked
        // now, in item order (after the forward documents' rows when a call mixes both)
        Set<UUID> forward = new HashSet<>(forwardItems);
        List<UUID> reversedItems = IntStream.range(0, documents.size()).filter(k -> documents.get(k).direction().equals("reverse"))
                .mapToObj(k -> opened.earlier().get(keys.get(k))).flatMap(List::stream).map(Movement::itemId)
                .filter(itemId -> !forward.contains(itemId)).toList();
        LockedStock stock = reversedItems.isEmpty() ? opened.stock()
                : opened.stock().and(ledger.lockRows(businessId, reversedItems, allowNegative));
        List<Plan> plans = new ArrayList<>();
        List<StockLedger.Change> accepted = new ArrayList<>();
        for (int k = 0; k < documents.size(); k++) {
            Plan plan = plan(documents.get(k), opened.earlier().get(keys.get(k)));
            if (!stock.take(plan.changes())) {
                plan = plan.refused(refusal(stock, plan));
            } else {
                accepted.addAll(plan.changes());
            }
            plans.add(plan);
        }
        List<StockLedger.Changed> moved = ledger.changeEach(businessId, accepted, allowNegative);
        if (moved.stream().anyMatch(Objects::isNull)) {
            throw new IllegalStateException("a stock change decided under its row lock was refused");
        }
        List<StockMoveResult> results = new ArrayList<>();
        int from = 0;
        for (Plan plan : plans) {
            if (plan.refusal() != null) {
                results.add(new StockMoveResult(List.of(), plan.refusal()));
            } else {
                results.add(plan.result(moved.subList(from, from + plan.changes().size())));
                from += plan.changes().size();
            }
        }
        return results;
    }

    /** A line to move, in lock order. */
    private record Pending(Item item, int line, BigDecimal delta, BigDecimal rate) {
    }

    /** What a document still has to move (in lock order), and the lines already settled: moved before, or not tracked. */
    private record Plan(List<StockMoveResult.LineResult> settled, List<Pending> pending, List<StockLedger.Change> changes,
                        StockMoveResult.Refusal refusal) {

        Plan(List<StockMoveResult.LineResult> settled, List<Pending> pending, List<StockLedger.Change> changes) {
            this(settled, pending, changes, null);
        }

        Plan refused(StockMoveResult.Refusal why) {
            return new Plan(settled, pending, changes, why);
        }

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

    // the available quantity is the stock as this document found it, after the documents before it
    private static StockMoveResult.Refusal refusal(LockedStock stock, Plan plan) {
        StockLedger.Change shortChange = stock.firstShort(plan.changes());
        Item item = plan.pending().get(plan.changes().indexOf(shortChange)).item();
        BigDecimal requested = shortChange.delta().negate();
        BigDecimal available = stock.onHand(item.id()).setScale(3);
        return new StockMoveResult.Refusal(item.id(), item.name(), requested, available, InsufficientStock.message(item.name(), available, requested));
    }

    private boolean allowNegative(UUID businessId) {
        return settings.of(businessId).map(Settings::allowNegativeStock).orElse(false);
    }

    private static StockMoveResult.LineResult result(Movement m, String status) {
        return new StockMoveResult.LineResult(m.referenceLine(), m.itemId(), m.quantity().abs(), m.resultingQuantity(), status);
    }
}
