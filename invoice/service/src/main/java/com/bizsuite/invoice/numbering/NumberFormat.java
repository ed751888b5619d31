package com.bizsuite.invoice.numbering;

/**
 * Document numbers such as {@code INV/26-27/00042}: prefix, short financial year and a
 * zero-padded sequence. Rule 46(b) of the CGST Rules: at most 16 characters, only letters,
 * digits, '-' and '/'; the padding shrinks, then the year loses its hyphen, before that limit is broken.
 */
public final class NumberFormat {

    public static final int MAX_LENGTH = 16;

    private NumberFormat() {
    }

    public static String format(String prefix, String financialYear, int sequence) {
        String year = financialYear.length() == 7 ? financialYear.substring(2) : financialYear;
        String digits = String.valueOf(sequence);
        if ((prefix + "/" + year + "/" + digits).length() > MAX_LENGTH) {
            // past 99,999 documents a year with a long prefix: 26-27 becomes 2627 to stay within the rule
            year = year.replace("-", "");
        }
        String head = prefix + "/" + year + "/";
        int width = Math.max(digits.length(), Math.min(5, MAX_LENGTH - head.length()));
        String number = head + "0".repeat(width - digits.length()) + digits;
        if (number.length() > MAX_LENGTH || !number.matches("[A-Za-z0-9/-]+")) {
            throw new IllegalStateException("Document number " + number + " breaks Rule 46(b)");
        }
        return number;
    }
}
