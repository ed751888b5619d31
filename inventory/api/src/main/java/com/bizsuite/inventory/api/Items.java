package com.bizsuite.inventory.api;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** What other modules may read of an item (the invoice form fills lines from it). */
public interface Items {

    Optional<ItemSummary> find(UUID businessId, UUID itemId);

    /** The business's active items among {@code itemIds}, by id, read at once; absent ids are left out. */
    Map<UUID, ItemSummary> findAll(UUID businessId, Collection<UUID> itemIds);
}
