package com.bizsuite.inventory.movements;

import com.bizsuite.business.api.AuditEntry;
import com.bizsuite.business.api.AuditTrail;
import com.bizsuite.business.api.BusinessSettings;
import com.bizsuite.business.api.Settings;
import com.bizsuite.inventory.catalog.Unit;
import com.bizsuite.inventory.items.Item;
import com.bizsuite.inventory.items.ItemCatalog;
import com.bizsuite.inventory.stock.InsufficientStock;
import com.bizsuite.inventory.stock.LockedStock;
import com.bizsuite.inventory.stock.MovementRequest;
import com.bizsuite.inventory.stock.StockLedger;
import com.bizsuite.platform.error.ApiException;
import com.bizsuite.platform.persistence.GroupCommit.Outcome;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Manual stock adjustments: increase, decrease or set, audited, refused below zero when the
 * business forbids it. Adjustments of one business that arrive together are applied together, in
 * one transaction ({@link AdjustmentGroups}); each is checked, applied and audited as if alone.
 */
@Singleton
class StockAdjustments {

    /** The ledger's movement type of an adjustment is this prefix and the adjustment type. */
    static final String MOVEMENT_PREFIX = "adjust_";

    /** One adjustment as submitted: by whom, in which business, and the request its audit entry names. */
    record Submitted(UUID businessId, UUID actor, AdjustmentRequest request, @Nullable String requestId) {
    }

    private final ItemCatalog items;
    private final StockLedger ledger;
    private final BusinessSettings settings;
    private final AuditTrail audit;

    StockAdjustments(ItemCatalog items, StockLedger ledger, BusinessSettings settings, AuditTrail audit) {
        this.items = items;
        this.ledger = ledger;
        this.settings = settings;
        this.audit = audit;
    }

    /**
     * Adjustments of one business, in one transaction, as if one after the other: the stock rows
     * are changed in item order in one round trip and the audit entries appended in one statement.
     * A set needs the stock it replaces: when the group has one, the rows are locked and read
     * first, and every change is decided against them. One outcome per adjustment, in the given
     * order; a refused one changed nothing.
     */
    @Transactional
    List<Outcome<AdjustmentView>> apply(List<Submitted> group) {
        UUID businessId = group.getFirst().businessId();
        Map<UUID, Item> known = items.activeItems(businessId, group.stream().map(s -> s.request().itemId()).distinct().toList());
        Map<UUID, Unit> units = items.unitsOf(businessId, known.values());
        List<Outcome<AdjustmentView>> outcomes = new ArrayList<>(Collections.nCopies(group.size(), null));
        List<Integer> valid = new ArrayList<>();
        for (int k = 0; k < group.size(); k++) {
            try {
                check(known.get(group.get(k).request().itemId()), units, group.get(k).request());
                valid.add(k);
            } catch (ApiException e) {
                outcomes.set(k, Outcome.failed(e));
            }
        }
        // stock rows are locked in item order, as documents lock them; one item's adjustments keep their order
        valid.sort(Comparator.comparing(k -> group.get(k).request().itemId()));
        boolean allowNegative = valid.stream().anyMatch(k -> group.get(k).request().adjustmentType().equals("decrease")) && allowNegative(businessId);
        List<StockLedger.Change> changes = changes(businessId, group, valid, allowNegative);
        List<StockLedger.Changed> applied = ledger.changeEach(businessId, changes.stream().filter(Objects::nonNull).toList(), allowNegative);
        List<AuditEntry> entries = new ArrayList<>();
        int next = 0;
        for (int j = 0; j < valid.size(); j++) {
            int k = valid.get(j);
            Item item = known.get(group.get(k).request().itemId());
            StockLedger.Changed moved = changes.get(j) == null ? null : applied.get(next++);
            if (moved == null) {
                outcomes.set(k, Outcome.failed(refusal(businessId, item, group.get(k).request().quantity())));
            } else {
                AdjustmentView view = view(group.get(k), item, moved);
                entries.add(entry(group.get(k), item, view));
                outcomes.set(k, Outcome.done(view));
            }
        }
        audit.recordAll(entries);
        return outcomes;
    }

    // the change of each valid adjustment, in the same order; null for a decrease the locked stock refuses
    private List<StockLedger.Change> changes(UUID businessId, List<Submitted> group, List<Integer> valid, boolean allowNegative) {
        boolean sets = valid.stream().anyMatch(k -> group.get(k).request().adjustmentType().equals("set"));
        LockedStock stock = sets ? ledger.lockRows(businessId, valid.stream().map(k -> group.get(k).request().itemId()).toList(), allowNegative)
                : null;
        List<StockLedger.Change> changes = new ArrayList<>();
        for (int k : valid) {
            AdjustmentRequest request = group.get(k).request();
            BigDecimal delta = switch (request.adjustmentType()) {
                case "set" -> request.quantity().subtract(stock.onHand(request.itemId()));
                case "decrease" -> request.quantity().negate();
                default -> request.quantity();
            };
            StockLedger.Change change = new StockLedger.Change(request.itemId(), delta, movement(group.get(k)));
            // without a set the stock statements themselves refuse what does not fit; a set always fits
            changes.add(stock == null || stock.take(List.of(change)) ? change : null);
        }
        return changes;
    }

    private static void check(@Nullable Item item, Map<UUID, Unit> units, AdjustmentRequest request) {
        if (item == null) {
            throw ApiException.notFound("Item");
        }
        if (!item.movesStock()) {
            throw ApiException.badRequest("item_id: stock is not tracked for this item");
        }
        ItemCatalog.checkQuantity("quantity", request.quantity(), item.unitId() == null ? null : units.get(item.unitId()));
        if (request.quantity().signum() == 0 && !request.adjustmentType().equals("set")) {
            throw ApiException.badRequest("quantity: must be greater than 0");
        }
    }

    private static MovementRequest movement(Submitted submitted) {
        AdjustmentRequest request = submitted.request();
        return MovementRequest.manual(MOVEMENT_PREFIX + request.adjustmentType(), request.rate(), request.reason(), request.notes(),
                submitted.actor());
    }

    private static AdjustmentView view(Submitted submitted, Item item, StockLedger.Changed moved) {
        AdjustmentRequest request = submitted.request();
        return new AdjustmentView(ItemCatalog.view(item, moved.itemLevel()),
                AdjustmentView.Adjustment.of(request.adjustmentType(), request.quantity(), moved.movement()));
    }

    private static AuditEntry entry(Submitted submitted, Item item, AdjustmentView view) {
        return new AuditEntry(submitted.businessId(), submitted.actor(), "stock.adjust", "item", item.id().toString(), null,
                view.adjustment(), submitted.requestId());
    }

    private ApiException refusal(UUID businessId, Item item, BigDecimal requested) {
        return ApiException.conflict(InsufficientStock.message(item.name(), ledger.quantity(businessId, item.id()), requested));
    }

    private boolean allowNegative(UUID businessId) {
        return settings.of(businessId).map(Settings::allowNegativeStock).orElse(false);
    }
}
