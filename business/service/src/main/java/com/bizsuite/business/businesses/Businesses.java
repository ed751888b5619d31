package com.bizsuite.business.businesses;

import com.bizsuite.business.audit.AuditRecorder;
import com.bizsuite.business.members.Members;
import com.bizsuite.platform.error.ApiException;
import com.bizsuite.platform.gst.Gstin;
import com.bizsuite.platform.gst.IndianStates;
import com.bizsuite.platform.web.ETags;
import com.bizsuite.platform.web.Paging;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Businesses: create (the creator becomes owner), read, update details and settings, soft delete. */
@Singleton
class Businesses {

    private final BusinessRepository businesses;
    private final Members members;
    private final BusinessRules rules;
    private final AuditRecorder audit;
    private final LocalBusinessSettings settings;
    private final Clock clock;

    Businesses(BusinessRepository businesses, Members members, BusinessRules rules, AuditRecorder audit, LocalBusinessSettings settings,
               Clock clock) {
        this.businesses = businesses;
        this.members = members;
        this.rules = rules;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional
    Business create(UUID creator, BusinessDetails details) {
        if (details.name() == null) {
            throw ApiException.badRequest("name: must not be blank");
        }
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        Business draft = new Business(id, details.name().strip(), null, null, null, null, null, null, null, null, null, null, null,
                (short) 4, false, "nearest_rupee", rules.prefixes(Map.of()), null, null, null, null, creator, now, now, null, null);
        Business business = businesses.save(rules.apply(draft, details, now));
        members.addFounder(id, creator);
        audit.record(id, creator, "business.create", "business", id, null, rules.view(business));
        return business;
    }

    @Transactional(readOnly = true)
    Business get(UUID id) {
        return businesses.findActive(id).orElseThrow(() -> ApiException.notFound("Business"));
    }

    @Transactional(readOnly = true)
    List<Business> pageOf(UUID userId, Paging paging) {
        return businesses.pageOfMember(userId, paging.offset(), paging.limit());
    }

    @Transactional(readOnly = true)
    long countOf(UUID userId) {
        return businesses.countOfMember(userId);
    }

    @Transactional
    Business update(UUID id, UUID actor, BusinessDetails details, String ifMatch) {
        Business current = businesses.lockActive(id).orElseThrow(() -> ApiException.notFound("Business"));
        ETags.checkPrecondition(ifMatch, current.version());
        Business updated = businesses.update(rules.apply(current, details, clock.instant()));
        settings.forget(id);
        audit.record(id, actor, "business.update", "business", id, rules.view(current), rules.view(updated));
        return updated;
    }

    @Transactional
    void delete(UUID id, UUID actor) {
        Business current = businesses.lockActive(id).orElseThrow(() -> ApiException.notFound("Business"));
        Instant now = clock.instant();
        businesses.update(new Business(current.id(), current.name(), current.type(), current.gstin(), current.pan(), current.phone(),
                current.email(), current.addressLine1(), current.addressLine2(), current.city(), current.state(), current.stateCode(),
                current.pincode(), current.financialYearStartMonth(), current.allowNegativeStock(), current.roundOff(),
                current.invoicePrefixes(), current.bankName(), current.bankAccountNumber(), current.bankIfsc(), current.upiId(),
                current.createdBy(), current.createdAt(), now, now, current.version()));
        settings.forget(id);
        audit.record(id, actor, "business.delete", "business", id, rules.view(current), null);
        members.evictAll(id);
    }

    @Transactional(readOnly = true)
    List<MyBusinessesController.MyBusiness> membershipsOf(UUID userId) {
        Map<UUID, String> roles = members.rolesOf(userId);
        return roles.entrySet().stream()
                .map(entry -> businesses.findActive(entry.getKey()).map(b -> new MyBusinessesController.MyBusiness(
                        b.id(), b.name(), entry.getValue(), entry.getValue().equals("owner"), "active")))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(MyBusinessesController.MyBusiness::name))
                .toList();
    }

    BusinessView view(Business business) {
        return rules.view(business);
    }

    static String stateCodeOf(String gstin, String state) {
        if (gstin != null) {
            return Gstin.stateCode(gstin);
        }
        return state == null ? null : IndianStates.code(state)
                .orElseThrow(() -> ApiException.badRequest("state: not an Indian state or union territory"));
    }
}
