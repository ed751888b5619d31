package com.bizsuite.platform.gst;

import com.bizsuite.platform.error.ApiException;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * GST identification numbers: 2-digit state code, the holder's PAN, entity number, {@code Z},
 * and a check character computed over the first 14 (base-36, weights 1 and 2 alternating).
 */
public final class Gstin {

    private static final Pattern FORMAT = Pattern.compile("^[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z]Z[0-9A-Z]$");
    private static final Pattern PAN = Pattern.compile("^[A-Z]{5}[0-9]{4}[A-Z]$");
    private static final String CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private Gstin() {
    }

    /** The normalised GSTIN, or a 400 naming {@code field} when the format, check digit or state is wrong. */
    public static String validate(String field, String value) {
        String gstin = value.trim().toUpperCase(Locale.ROOT);
        if (!FORMAT.matcher(gstin).matches()) {
            throw ApiException.badRequest(field + ": must be a 15-character GSTIN such as 27AAPFU0939F1ZV");
        }
        if (checkCharacter(gstin.substring(0, 14)) != gstin.charAt(14)) {
            throw ApiException.badRequest(field + ": check digit does not match; the GSTIN has a typing error");
        }
        if (IndianStates.name(stateCode(gstin)).isEmpty()) {
            throw ApiException.badRequest(field + ": " + stateCode(gstin) + " is not a GST state code");
        }
        return gstin;
    }

    public static String stateCode(String gstin) {
        return gstin.substring(0, 2);
    }

    public static String pan(String gstin) {
        return gstin.substring(2, 12);
    }

    public static String validatePan(String field, String value) {
        String pan = value.trim().toUpperCase(Locale.ROOT);
        if (!PAN.matcher(pan).matches()) {
            throw ApiException.badRequest(field + ": must be a PAN such as AAPFU0939F");
        }
        return pan;
    }

    static char checkCharacter(String first14) {
        int sum = 0;
        for (int i = 0; i < 14; i++) {
            int value = CHARS.indexOf(first14.charAt(i));
            int product = value * (i % 2 == 0 ? 1 : 2);
            sum += product / 36 + product % 36;
        }
        return CHARS.charAt((36 - sum % 36) % 36);
    }
}
