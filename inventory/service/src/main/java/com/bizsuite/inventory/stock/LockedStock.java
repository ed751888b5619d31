package com.bizsuite.inventory.stock;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The stock rows a transaction holds locked, as they stand: their quantities in the default
 * warehouse, read under the lock, and moved here as changes are decided. Because nobody else can
 * change these rows until the transaction ends, a change this class accepts will not be refused
 * by {@link StockLedger#changeEach}, so writers decide every refusal before they write anything.
 */
public final class LockedStock {

    private final Map<UUID, BigDecimal> onHand;
    private final boolean allowNegative;

    LockedStock(Map<UUID, BigDecimal> onHand, boolean allowNegative) {
        this.onHand = new HashMap<>(onHand);
        this.allowNegative = allowNegative;
    }

    /** These rows and {@code more}, locked by the same transaction. */
    public LockedStock and(LockedStock more) {
        LockedStock both = new LockedStock(onHand, allowNegative);
        both.onHand.putAll(more.onHand);
        return both;
    }

    /** The quantity on hand now, counting the changes taken so far; zero for an item without a row. */
    public BigDecimal onHand(UUID itemId) {
        return onHand.getOrDefault(itemId, BigDecimal.ZERO);
    }

    /**
     * Takes these changes, all or none: true, and counted in, when each of them, made in order,
     * leaves its item at or above zero (or the business allows negative stock); false, and
     * nothing counted, otherwise. Increases always fit.
     */
    public boolean take(List<StockLedger.Change> changes) {
        return walk(changes, true) == null;
    }

    /** The first of these changes that would not fit, made in order against the stock as it stands; null when all fit. */
    public StockLedger.Change firstShort(List<StockLedger.Change> changes) {
        return walk(changes, false);
    }

    private StockLedger.Change walk(List<StockLedger.Change> changes, boolean keep) {
        Map<UUID, BigDecimal> after = new HashMap<>();
        for (StockLedger.Change change : changes) {
            BigDecimal next = after.getOrDefault(change.itemId(), onHand(change.itemId())).add(change.delta());
            if (change.delta().signum() < 0 && next.signum() < 0 && !allowNegative) {
                return change;
            }
            after.put(change.itemId(), next);
        }
        if (keep) {
            onHand.putAll(after);
        }
        return null;
    }
}
