package com.bizsuite.business.api;

import java.util.Optional;
import java.util.UUID;

/** Customers and suppliers, for modules that bill them. */
public interface Parties {

    Optional<PartySummary> find(UUID businessId, UUID partyId);
}
