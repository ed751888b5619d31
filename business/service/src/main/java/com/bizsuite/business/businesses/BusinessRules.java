package com.bizsuite.business.businesses;

import com.bizsuite.platform.error.ApiException;
import com.bizsuite.platform.gst.Gstin;
import com.bizsuite.platform.gst.IndianStates;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Applies a create or update to a business: GSTIN (format, check digit, state), PAN (and that
 * it is the PAN inside the GSTIN), state derived from the GSTIN, numbering prefixes that keep
 * invoice numbers within 16 characters, and a GSTIN no other active business uses.
 */
@Singleton
class BusinessRules {

    static final Map<String, String> DEFAULT_PREFIXES = Map.of("sale", "INV", "purchase", "PUR", "credit_note", "CN",
            "quotation", "QT", "proforma", "PRO");
    // Rule 46(b): prefix + "/26-27/" + 5 digits must stay within 16 characters
    private static final Pattern PREFIX = Pattern.compile("^[A-Z0-9]{1,4}$");
    private static final Set<String> SERIES = DEFAULT_PREFIXES.keySet();
    private static final Argument<Map<String, String>> PREFIXES = Argument.mapOf(String.class, String.class);

    private final BusinessRepository businesses;
    private final JsonMapper json;

    BusinessRules(BusinessRepository businesses, JsonMapper json) {
        this.businesses = businesses;
        this.json = json;
    }

    Business apply(Business b, BusinessDetails d, Instant now) {
        String gstin = d.gstin() == null ? b.gstin() : blankToNull(d.gstin()) == null ? null : Gstin.validate("gstin", d.gstin());
        String pan = d.pan() == null ? b.pan() : blankToNull(d.pan()) == null ? null : Gstin.validatePan("pan", d.pan());
        if (gstin != null) {
            if (pan != null && !pan.equals(Gstin.pan(gstin))) {
                throw ApiException.badRequest("pan: does not match the PAN inside the GSTIN");
            }
            pan = Gstin.pan(gstin);
            if (businesses.gstinTaken(gstin, b.id())) {
                throw ApiException.conflict("Another business is already registered with GSTIN " + gstin);
            }
        }
        String state = d.state() == null ? b.state() : d.state().strip();
        String stateCode = Businesses.stateCodeOf(gstin, state);
        if (stateCode != null) {
            state = IndianStates.name(stateCode).orElse(state);
        }
        Map<String, String> prefixes = new TreeMap<>(read(b.invoicePrefixes()));
        if (d.invoicePrefixes() != null) {
            prefixes.putAll(d.invoicePrefixes());
        }
        return new Business(b.id(), d.name() == null ? b.name() : d.name().strip(), or(d.type(), b.type()), gstin, pan,
                or(d.phone(), b.phone()), d.email() == null ? b.email() : d.email().strip().toLowerCase(java.util.Locale.ROOT),
                or(d.addressLine1(), b.addressLine1()), or(d.addressLine2(), b.addressLine2()), or(d.city(), b.city()),
                state, stateCode, or(d.pincode(), b.pincode()),
                d.financialYearStartMonth() == null ? b.financialYearStartMonth() : d.financialYearStartMonth().shortValue(),
                d.allowNegativeStock() == null ? b.allowNegativeStock() : d.allowNegativeStock(),
                or(d.roundOff(), b.roundOff()), prefixes(prefixes),
                or(d.bankName(), b.bankName()), or(d.bankAccountNumber(), b.bankAccountNumber()), or(d.bankIfsc(), b.bankIfsc()),
                or(d.upiId(), b.upiId()), b.createdBy(), b.createdAt(), now, b.deletedAt(), b.version());
    }

    String prefixes(Map<String, String> requested) {
        Map<String, String> prefixes = new TreeMap<>(DEFAULT_PREFIXES);
        requested.forEach((series, prefix) -> {
            if (!SERIES.contains(series)) {
                throw ApiException.badRequest("invoice_prefixes: unknown series " + series + "; use " + String.join(", ", new TreeMap<>(DEFAULT_PREFIXES).keySet()));
            }
            if (prefix == null || !PREFIX.matcher(prefix).matches()) {
                throw ApiException.badRequest("invoice_prefixes." + series + ": must be 1 to 4 capital letters or digits");
            }
            prefixes.put(series, prefix);
        });
        try {
            return json.writeValueAsString(PREFIXES, prefixes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Map<String, String> read(String stored) {
        try {
            return json.readValue(stored, PREFIXES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    BusinessView view(Business b) {
        return new BusinessView(b.id(), b.createdBy(), b.name(), b.type(), b.gstin(), b.pan(), b.phone(), b.email(), b.addressLine1(),
                b.addressLine2(), b.city(), b.state(), b.stateCode(), b.pincode(), "India", "active", b.financialYearStartMonth(), b.allowNegativeStock(), b.roundOff(),
                read(b.invoicePrefixes()), b.bankName(), b.bankAccountNumber(), b.bankIfsc(), b.upiId(), b.createdAt(), b.updatedAt());
    }

    private static String or(String value, String fallback) {
        return value == null ? fallback : blankToNull(value.strip());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
