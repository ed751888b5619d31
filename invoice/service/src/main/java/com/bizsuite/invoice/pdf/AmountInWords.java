package com.bizsuite.invoice.pdf;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rupees and paise in words, in the Indian system: thousand, lakh, crore. */
public final class AmountInWords {

    private static final String[] ONES = {"", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven",
            "Twelve", "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen"};
    private static final String[] TENS = {"", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety"};

    private AmountInWords() {
    }

    public static String of(BigDecimal amount) {
        BigDecimal value = amount.setScale(2, RoundingMode.HALF_UP).abs();
        long rupees = value.longValue();
        int paise = value.remainder(BigDecimal.ONE).movePointRight(2).intValue();
        String words = (rupees == 0 ? "Zero" : words(rupees)) + " Rupees";
        if (paise > 0) {
            words += " and " + belowHundred(paise) + " Paise";
        }
        return words + " Only";
    }

    static String words(long n) {
        StringBuilder out = new StringBuilder();
        long crore = n / 10_000_000;
        long rest = n % 10_000_000;
        if (crore > 0) {
            out.append(words(crore)).append(" Crore ");
        }
        append(out, rest / 100_000, " Lakh ");
        rest %= 100_000;
        append(out, rest / 1000, " Thousand ");
        rest %= 1000;
        append(out, rest / 100, " Hundred ");
        rest %= 100;
        if (rest > 0) {
            out.append(belowHundred((int) rest));
        }
        return out.toString().trim();
    }

    private static void append(StringBuilder out, long count, String unit) {
        if (count > 0) {
            out.append(belowHundred((int) count)).append(unit);
        }
    }

    private static String belowHundred(int n) {
        if (n < 20) {
            return ONES[n];
        }
        return TENS[n / 10] + (n % 10 == 0 ? "" : "-" + ONES[n % 10]);
    }
}
