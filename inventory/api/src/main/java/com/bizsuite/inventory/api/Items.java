package com.bizsuite.inventory.api;

import java.util.Optional;
import java.util.UUID;

/** What other modules may read of an item (the invoice form fills lines from it). */
public interface Items {

    Optional<ItemSummary> find(UUID businessId, UUID itemId);
}
