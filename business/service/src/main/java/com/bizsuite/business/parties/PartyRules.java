package com.bizsuite.business.parties;

import com.bizsuite.platform.error.ApiException;
import com.bizsuite.platform.gst.Gstin;
import com.bizsuite.platform.gst.IndianStates;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Applies a create or update to a party: GSTIN and PAN checks, states by name or code, and the
 * place-of-supply state (shipping state when it differs from billing, else billing, else the
 * GSTIN's state) that invoices use.
 */
@Singleton
class PartyRules {

    private static final Argument<List<String>> TAGS = Argument.listOf(String.class);

    private final JsonMapper json;

    PartyRules(JsonMapper json) {
        this.json = json;
    }

    Party apply(Party p, PartyDetails d, Instant now) {
        String gstin = d.gstin() == null ? p.gstin() : d.gstin().isBlank() ? null : Gstin.validate("gstin", d.gstin());
        String pan = d.pan() == null ? p.pan() : d.pan().isBlank() ? null : Gstin.validatePan("pan", d.pan());
        if (gstin != null) {
            if (pan != null && !pan.equals(Gstin.pan(gstin))) {
                throw ApiException.badRequest("pan: does not match the PAN inside the GSTIN");
            }
            pan = Gstin.pan(gstin);
        }
        boolean sameAsBilling = d.shippingSameAsBilling() == null ? p.shippingSameAsBilling() : d.shippingSameAsBilling();
        String billingState = state("billing_state", d.billingState(), p.billingState());
        String shippingState = state("shipping_state", d.shippingState(), p.shippingState());
        String stateCode = placeOfSupply(gstin, billingState, sameAsBilling ? null : shippingState);
        return new Party(p.id(), p.businessId(), d.name() == null ? p.name() : d.name().strip(), or(d.type(), p.type()),
                or(d.phone(), p.phone()), d.email() == null ? p.email() : d.email().strip().toLowerCase(Locale.ROOT), gstin, pan,
                or(d.billingAddressLine1(), p.billingAddressLine1()), or(d.billingAddressLine2(), p.billingAddressLine2()),
                or(d.billingCity(), p.billingCity()), billingState, or(d.billingPincode(), p.billingPincode()),
                or(d.shippingAddressLine1(), p.shippingAddressLine1()), or(d.shippingAddressLine2(), p.shippingAddressLine2()),
                or(d.shippingCity(), p.shippingCity()), shippingState, or(d.shippingPincode(), p.shippingPincode()),
                sameAsBilling, stateCode,
                d.openingBalance() == null ? p.openingBalance() : money(d.openingBalance()),
                or(d.openingBalanceType(), p.openingBalanceType()),
                d.creditLimit() == null ? p.creditLimit() : money(d.creditLimit()),
                d.creditPeriodDays() == null ? p.creditPeriodDays() : d.creditPeriodDays(),
                d.notes() == null ? p.notes() : d.notes(),
                d.tags() == null ? p.tags() : write(d.tags().stream().map(String::strip).distinct().toList()),
                p.createdBy(), p.createdAt(), now, p.deletedAt(), p.version());
    }

    PartyView view(Party p) {
        return new PartyView(p.id(), p.businessId(), p.name(), p.type(), p.phone(), p.email(), p.gstin(), p.pan(),
                p.billingAddressLine1(), p.billingAddressLine2(), p.billingCity(), p.billingState(), p.billingPincode(),
                p.shippingAddressLine1(), p.shippingAddressLine2(), p.shippingCity(), p.shippingState(), p.shippingPincode(),
                p.shippingSameAsBilling(), p.stateCode(), p.openingBalance(), p.openingBalanceType(), p.creditLimit(),
                p.creditPeriodDays(), p.notes(), read(p.tags()), "active", p.createdAt(), p.updatedAt());
    }

    static String placeOfSupply(String gstin, String billingState, String shippingState) {
        if (shippingState != null) {
            return IndianStates.code(shippingState).orElseThrow();
        }
        if (billingState != null) {
            return IndianStates.code(billingState).orElseThrow();
        }
        return gstin == null ? null : Gstin.stateCode(gstin);
    }

    private static String state(String field, String given, String current) {
        if (given == null) {
            return current;
        }
        if (given.isBlank()) {
            return null;
        }
        String code = IndianStates.code(given).orElseThrow(() -> ApiException.badRequest(field + ": not an Indian state or union territory"));
        return IndianStates.name(code).orElseThrow();
    }

    private static BigDecimal money(BigDecimal value) {
        return value.setScale(2, RoundingMode.UNNECESSARY);
    }

    private static String or(String value, String fallback) {
        return value == null ? fallback : value.isBlank() ? null : value.strip();
    }

    String write(List<String> tags) {
        try {
            return json.writeValueAsString(TAGS, tags);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> read(String stored) {
        try {
            return json.readValue(stored, TAGS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
