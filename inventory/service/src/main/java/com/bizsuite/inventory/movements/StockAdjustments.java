package com.bizsuite.inventory.movements;

import com.bizsuite.business.api.AuditEntry;
import com.bizsuite.business.api.AuditTrail;
import com.bizsuite.business.api.BusinessSettings;
import com.bizsuite.business.api.Settings;
import com.bizsuite.inventory.items.Item;
import com.bizsuite.inventory.items.ItemCatalog;
import com.bizsuite.inventory.stock.InsufficientStock;
import com.bizsuite.inventory.stock.MovementRequest;
import com.bizsuite.inventory.stock.StockLedger;
import com.bizsuite.platform.error.ApiException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.util.UUID;

/** Manual stock adjustments: increase, decrease or set, audited, refused below zero when the business forbids it. */
@Singleton
class StockAdjustments {

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

    @Transactional
    AdjustmentView adjust(UUID businessId, UUID actor, AdjustmentRequest request) {
        Item item = items.get(businessId, request.itemId());
        if (!item.movesStock()) {
            throw ApiException.badRequest("item_id: stock is not tracked for this item");
        }
        BigDecimal quantity = request.quantity();
        items.checkQuantity("quantity", quantity, item);
        if (quantity.signum() == 0 && !request.adjustmentType().equals("set")) {
            throw ApiException.badRequest("quantity: must be greater than 0");
        }
        MovementRequest movement = MovementRequest.manual("adjust_" + request.adjustmentType(), request.rate(), request.reason(),
                request.notes(), actor);
        StockLedger.Changed moved;
        try {
            moved = switch (request.adjustmentType()) {
                case "increase" -> ledger.change(businessId, item.id(), quantity, true, movement);
                case "decrease" -> ledger.change(businessId, item.id(), quantity.negate(), allowNegative(businessId), movement);
                default -> ledger.set(businessId, item.id(), quantity, movement);
            };
        } catch (InsufficientStock e) {
            throw ApiException.conflict("Insufficient stock for " + item.name() + ": available " + e.available().toPlainString()
                    + ", requested " + e.requested().toPlainString());
        }
        AdjustmentView view = new AdjustmentView(ItemCatalog.view(item, moved.itemLevel()),
                AdjustmentView.Adjustment.of(request.adjustmentType(), quantity, moved.movement()));
        audit.record(new AuditEntry(businessId, actor, "stock.adjust", "item", item.id().toString(), null, view.adjustment()));
        return view;
    }

    private boolean allowNegative(UUID businessId) {
        return settings.of(businessId).map(Settings::allowNegativeStock).orElse(false);
    }
}
