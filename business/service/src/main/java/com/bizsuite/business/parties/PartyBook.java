package com.bizsuite.business.parties;

import com.bizsuite.business.audit.AuditRecorder;
import com.bizsuite.platform.error.ApiException;
import com.bizsuite.platform.web.ETags;
import com.bizsuite.platform.web.ListResponses;
import com.bizsuite.platform.web.Paging;
import com.bizsuite.platform.web.SearchTerms;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A business's customers and suppliers. Every change is audited in its own transaction. */
@Singleton
class PartyBook {

    private final PartyRepository parties;
    private final PartyRules rules;
    private final AuditRecorder audit;
    private final Clock clock;

    PartyBook(PartyRepository parties, PartyRules rules, AuditRecorder audit, Clock clock) {
        this.parties = parties;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    Party create(UUID businessId, UUID actor, PartyDetails details) {
        if (details.name() == null) {
            throw ApiException.badRequest("name: must not be blank");
        }
        Instant now = clock.instant();
        Party blank = new Party(UUID.randomUUID(), businessId, details.name(), "customer", null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, true, null, BigDecimal.ZERO.setScale(2), "credit", null, null, null, "[]",
                actor, now, now, null, null);
        Party party = parties.save(rules.apply(blank, details, now));
        audit.record(businessId, actor, "party.create", "party", party.id(), null, rules.view(party));
        return party;
    }

    @Transactional(readOnly = true)
    Party get(UUID businessId, UUID id) {
        return parties.findActive(businessId, id).orElseThrow(() -> ApiException.notFound("Party"));
    }

    /** A page of parties and the total matching, read in one transaction. */
    @Transactional(readOnly = true)
    ListResponses.Listing page(UUID businessId, String type, String search, Paging paging) {
        String pattern = SearchTerms.likePattern(search);
        List<PartyView> views = parties.page(businessId, type, pattern, paging.offset(), paging.limit()).stream().map(this::view).toList();
        return ListResponses.Listing.array(views, PartyView.class, parties.count(businessId, type, pattern));
    }

    @Transactional
    Party update(UUID businessId, UUID actor, UUID id, PartyDetails details, String ifMatch) {
        Party current = parties.lockActive(businessId, id).orElseThrow(() -> ApiException.notFound("Party"));
        ETags.checkPrecondition(ifMatch, current.version());
        Party updated = parties.update(rules.apply(current, details, clock.instant()));
        audit.record(businessId, actor, "party.update", "party", id, rules.view(current), rules.view(updated));
        return updated;
    }

    @Transactional
    void delete(UUID businessId, UUID actor, UUID id) {
        Party current = parties.lockActive(businessId, id).orElseThrow(() -> ApiException.notFound("Party"));
        Instant now = clock.instant();
        parties.update(new Party(current.id(), current.businessId(), current.name(), current.type(), current.phone(), current.email(),
                current.gstin(), current.pan(), current.billingAddressLine1(), current.billingAddressLine2(), current.billingCity(),
                current.billingState(), current.billingPincode(), current.shippingAddressLine1(), current.shippingAddressLine2(),
                current.shippingCity(), current.shippingState(), current.shippingPincode(), current.shippingSameAsBilling(),
                current.stateCode(), current.openingBalance(), current.openingBalanceType(), current.creditLimit(),
                current.creditPeriodDays(), current.notes(), current.tags(), current.createdBy(), current.createdAt(), now, now,
                current.version()));
        audit.record(businessId, actor, "party.delete", "party", id, rules.view(current), null);
    }

    PartyView view(Party party) {
        return rules.view(party);
    }
}
