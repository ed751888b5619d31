package com.bizsuite.invoice.numbering;

import java.time.LocalDate;

/** The financial year a date falls in, labelled like {@code 2026-27}, for a year starting in any month. */
public final class FinancialYear {

    private FinancialYear() {
    }

    public static String of(LocalDate date, int startMonth) {
        int startYear = date.getMonthValue() >= startMonth ? date.getYear() : date.getYear() - 1;
        if (startMonth == 1) {
            return String.valueOf(startYear);
        }
        return startYear + "-" + String.format("%02d", (startYear + 1) % 100);
    }
}
