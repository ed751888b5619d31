package com.bizsuite.platform.gst;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** GST state and union-territory codes, as they open every GSTIN and name the place of supply. */
public final class IndianStates {

    private static final Map<String, String> BY_CODE = new TreeMap<>(Map.ofEntries(
            Map.entry("01", "Jammu and Kashmir"), Map.entry("02", "Himachal Pradesh"), Map.entry("03", "Punjab"),
            Map.entry("04", "Chandigarh"), Map.entry("05", "Uttarakhand"), Map.entry("06", "Haryana"),
            Map.entry("07", "Delhi"), Map.entry("08", "Rajasthan"), Map.entry("09", "Uttar Pradesh"),
            Map.entry("10", "Bihar"), Map.entry("11", "Sikkim"), Map.entry("12", "Arunachal Pradesh"),
            Map.entry("13", "Nagaland"), Map.entry("14", "Manipur"), Map.entry("15", "Mizoram"),
            Map.entry("16", "Tripura"), Map.entry("17", "Meghalaya"), Map.entry("18", "Assam"),
            Map.entry("19", "West Bengal"), Map.entry("20", "Jharkhand"), Map.entry("21", "Odisha"),
            Map.entry("22", "Chhattisgarh"), Map.entry("23", "Madhya Pradesh"), Map.entry("24", "Gujarat"),
            Map.entry("26", "Dadra and Nagar Haveli and Daman and Diu"), Map.entry("27", "Maharashtra"),
            Map.entry("29", "Karnataka"), Map.entry("30", "Goa"), Map.entry("31", "Lakshadweep"),
            Map.entry("32", "Kerala"), Map.entry("33", "Tamil Nadu"), Map.entry("34", "Puducherry"),
            Map.entry("35", "Andaman and Nicobar Islands"), Map.entry("36", "Telangana"),
            Map.entry("37", "Andhra Pradesh"), Map.entry("38", "Ladakh"), Map.entry("97", "Other Territory")));

    private static final Map<String, String> BY_NAME = new TreeMap<>();

    static {
        BY_CODE.forEach((code, name) -> BY_NAME.put(name.toLowerCase(Locale.ROOT), code));
        BY_NAME.put("orissa", "21");
        BY_NAME.put("pondicherry", "34");
        BY_NAME.put("new delhi", "07");
    }

    private IndianStates() {
    }

    public static Optional<String> name(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }

    /** The code of a state given by name (any case) or by its two-digit code. */
    public static Optional<String> code(String nameOrCode) {
        if (nameOrCode == null || nameOrCode.isBlank()) {
            return Optional.empty();
        }
        String value = nameOrCode.trim();
        if (value.matches("\\d{1,2}")) {
            String code = value.length() == 1 ? "0" + value : value;
            return BY_CODE.containsKey(code) ? Optional.of(code) : Optional.empty();
        }
        return Optional.ofNullable(BY_NAME.get(value.toLowerCase(Locale.ROOT).replace("&", "and")));
    }
}
