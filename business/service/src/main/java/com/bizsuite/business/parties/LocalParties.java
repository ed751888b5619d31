package com.bizsuite.business.parties;

import io.micronaut.context.annotation.Requires;
import com.bizsuite.business.api.Parties;
import com.bizsuite.business.api.PartySummary;
import com.bizsuite.business.Addresses;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The {@link Parties} façade inside the JVM. */
@Singleton
@Requires(property = "bizsuite.business.served", notEquals = "false")
class LocalParties implements Parties {

    private final PartyRepository parties;

    LocalParties(PartyRepository parties) {
        this.parties = parties;
    }

    @Override
    public Optional<PartySummary> find(UUID businessId, UUID partyId) {
        return parties.findActive(businessId, partyId).map(LocalParties::summary);
    }

    @Override
    public Map<UUID, PartySummary> findAll(UUID businessId, Collection<UUID> partyIds) {
        Map<UUID, PartySummary> found = new HashMap<>();
        if (!partyIds.isEmpty()) {
            parties.findActiveIn(businessId, partyIds).forEach(p -> found.put(p.id(), summary(p)));
        }
        return found;
    }

    private static PartySummary summary(Party p) {
        return new PartySummary(p.id(), p.name(), p.type(), p.gstin(), p.stateCode(), p.openingBalance(), p.openingBalanceType(),
                Addresses.oneLine(p.billingAddressLine1(), p.billingAddressLine2(), p.billingCity(), p.billingState(), p.billingPincode()),
                p.shippingSameAsBilling() ? null
                        : Addresses.oneLine(p.shippingAddressLine1(), p.shippingAddressLine2(), p.shippingCity(), p.shippingState(), p.shippingPincode()),
                p.createdAt());
    }
}
