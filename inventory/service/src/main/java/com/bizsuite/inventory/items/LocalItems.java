package com.bizsuite.inventory.items;

import com.bizsuite.inventory.api.ItemSummary;
import com.bizsuite.inventory.api.Items;
import com.bizsuite.inventory.catalog.Catalog;
import jakarta.inject.Singleton;

import java.util.Optional;
import java.util.UUID;

/** The {@link Items} façade inside the JVM. */
@Singleton
class LocalItems implements Items {

    private final ItemRepository items;
    private final Catalog catalog;

    LocalItems(ItemRepository items, Catalog catalog) {
        this.items = items;
        this.catalog = catalog;
    }

    @Override
    public Optional<ItemSummary> find(UUID businessId, UUID itemId) {
        return items.findActive(businessId, itemId).map(i -> new ItemSummary(i.id(), i.name(), i.hsnCode(), i.sacCode(),
                i.unitId() == null ? null : catalog.unit(businessId, i.unitId()).shortName(), i.sellingPrice(), i.purchasePrice(),
                i.taxRate(), i.cessRate(), i.taxInclusive(), i.movesStock()));
    }
}
