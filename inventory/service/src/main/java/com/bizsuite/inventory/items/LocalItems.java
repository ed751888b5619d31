package com.bizsuite.inventory.items;

import com.bizsuite.inventory.api.ItemSummary;
import com.bizsuite.inventory.api.Items;
import com.bizsuite.inventory.catalog.Unit;
import io.micronaut.context.annotation.Requires;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** The {@link Items} façade inside the JVM. */
@Singleton
@Requires(property = "bizsuite.inventory.served", notEquals = "false")
class LocalItems implements Items {

    private final ItemCatalog catalog;

    LocalItems(ItemCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ItemSummary> find(UUID businessId, UUID itemId) {
        return Optional.ofNullable(findAll(businessId, List.of(itemId)).get(itemId));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, ItemSummary> findAll(UUID businessId, Collection<UUID> itemIds) {
        Map<UUID, Item> items = catalog.activeItems(businessId, itemIds);
        Map<UUID, Unit> units = catalog.unitsOf(businessId, items.values());
        return items.values().stream().collect(Collectors.toMap(Item::id, i -> summary(i, i.unitId() == null ? null : units.get(i.unitId()))));
    }

    private static ItemSummary summary(Item i, Unit unit) {
        return new ItemSummary(i.id(), i.name(), i.hsnCode(), i.sacCode(), unit == null ? null : unit.shortName(), i.sellingPrice(),
                i.purchasePrice(), i.taxRate(), i.cessRate(), i.taxInclusive(), i.movesStock());
    }
}
