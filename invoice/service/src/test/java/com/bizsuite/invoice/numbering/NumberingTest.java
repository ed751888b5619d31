package com.bizsuite.invoice.numbering;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.UpperChars;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class NumberingTest {

    @Test
    void financialYearsStartInApril() {
        assertThat(FinancialYear.of(LocalDate.of(2026, 4, 1), 4)).isEqualTo("2026-27");
        assertThat(FinancialYear.of(LocalDate.of(2027, 3, 31), 4)).isEqualTo("2026-27");
        assertThat(FinancialYear.of(LocalDate.of(2026, 3, 31), 4)).isEqualTo("2025-26");
        assertThat(FinancialYear.of(LocalDate.of(2099, 12, 1), 4)).isEqualTo("2099-00");
    }

    @Test
    void otherStartMonthsAndCalendarYears() {
        assertThat(FinancialYear.of(LocalDate.of(2026, 6, 30), 7)).isEqualTo("2025-26");
        assertThat(FinancialYear.of(LocalDate.of(2026, 7, 1), 7)).isEqualTo("2026-27");
        assertThat(FinancialYear.of(LocalDate.of(2026, 7, 1), 1)).isEqualTo("2026");
    }

    @Test
    void numbersLookLikeTheContract() {
        assertThat(NumberFormat.format("INV", "2026-27", 42)).isEqualTo("INV/26-27/00042");
        assertThat(NumberFormat.format("PRO", "2026-27", 7)).isEqualTo("PRO/26-27/00007");
        assertThat(NumberFormat.format("ABCD", "2026-27", 99999)).isEqualTo("ABCD/26-27/99999");
        assertThat(NumberFormat.format("ABCD", "2026-27", 123456)).isEqualTo("ABCD/2627/123456");
        assertThat(NumberFormat.format("CN", "2026-27", 123456)).isEqualTo("CN/26-27/123456");
    }

    @Property(tries = 2000)
    void everyNumberObeysRule46b(@ForAll @UpperChars @StringLength(min = 1, max = 4) String prefix,
                                 @ForAll @IntRange(min = 2000, max = 2098) int year,
                                 @ForAll @IntRange(min = 1, max = 999999) int sequence) {
        String number = NumberFormat.format(prefix, year + "-" + String.format("%02d", (year + 1) % 100), sequence);
        assertThat(number.length()).isLessThanOrEqualTo(16);
        assertThat(number).matches("[A-Za-z0-9/-]+").endsWith(String.valueOf(sequence));
    }
}
