package com.bizsuite.business.api;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Customers and suppliers, for modules that bill them. */
public interface Parties {

    Optional<PartySummary> find(UUID businessId, UUID partyId);

    /** The business's active parties among {@code partyIds}, by id, in one query; absent ids are left out. */
    Map<UUID, PartySummary> findAll(UUID businessId, Collection<UUID> partyIds);
}
