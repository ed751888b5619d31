package com.bizsuite.inventory.movements;

import com.bizsuite.business.api.AuditEntry;
import com.bizsuite.business.api.AuditTrail;
import com.bizsuite.business.api.BusinessSettings;
import com.bizsuite.business.api.Settings;
import com.bizsuite.inventory.catalog.Unit;
import com.bizsuite.inventory.items.Item;
import com.bizsuite.inventory.items.ItemCatalog;
import com.bizsuite.inventory.stock.InsufficientStock;
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
import java.util.UUID;

/**
 * Manual stock adjustments: increase, decrease or set, audited, refused below zero when the
 * business forbids it. Increases and decreases of one business can be applied together, in one
 * transaction ({@link AdjustmentGroups}); each is checked, applied and audited as if alone.
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

    /** One adjustment of any type, in the caller's transaction or a new one. */
    @Transactional
    AdjustmentView adjust(Submitted submitted) {
        if (!submitted.request().adjustmentType().equals("set")) {
            return together(List.of(submitted)).getFirst().get();
        }
        UUID businessId = submitted.businessId();
        AdjustmentRequest request = submitted.request();
        Item item = items.get(businessId, request.itemId());
        check(item, items.unitsOf(businessId, List.of(item)), request);
        AdjustmentView view = view(submitted, item, ledger.set(businessId, item.id(), request.quantity(), movement(submitted)));
        audit.record(entry(submitted, item, view));
        return view;
    }

    /**
     * Increases and decreases of one business, in one transaction: the stock rows are changed in
     * item order in one round trip and the audit entries appended in one statement. One outcome
     * per adjustment, in the given order; a refused one changed nothing.
     */
    @Transactional
    List<Outcome<AdjustmentView>> together(List<Submitted> group) {
        UUID businessId = group.getFirst().businessId();
        Map<UUID, Item> known = items.activeItems(businessId, group.stream().map(s -> s.request().itemId()).distinct().toList());
        Map<UUID, Unit> units = items.unitsOf(businessId, known.values());
        List<Outcome<AdjustmentView>> outcomes = new ArrayList<>(Collections.nCopies(group.size(), null));
        List<Integer> valid = new ArrayList<>();
        for (int k = 0; k < group.size(); k++) {
            AdjustmentRequest request = group.get(k).request();
            try {
                if (request.adjustmentType().equals("set")) {
                    throw new IllegalArgumentException("a set adjustment needs the stock read under its lock; apply it alone");
                }
                check(known.get(request.itemId()), units, request);
                valid.add(k);
            } catch (ApiException e) {
                outcomes.set(k, Outcome.failed(e));
            }
        }
        // stock rows are locked in item order, as documents lock them; one item's adjustments keep their order
        valid.sort(Comparator.comparing(k -> group.get(k).request().itemId()));
        boolean allowNegative = valid.stream().anyMatch(k -> group.get(k).request().adjustmentType().equals("decrease")) && allowNegative(businessId);
        List<StockLedger.Changed> applied = ledger.changeEach(businessId, valid.stream().map(k -> {
            AdjustmentRequest request = group.get(k).request();
            BigDecimal delta = request.adjustmentType().equals("decrease") ? request.quantity().negate() : request.quantity();
            return new StockLedger.Change(request.itemId(), delta, movement(group.get(k)));
        }).toList(), allowNegative);
        List<AuditEntry> entries = new ArrayList<>();
        for (int j = 0; j < valid.size(); j++) {
            int k = valid.get(j);
            Item item = known.get(group.get(k).request().itemId());
            StockLedger.Changed moved = applied.get(j);
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
