package com.bizsuite.invoice.gst;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GstCalculatorTest {

    private static LineInput line(String qty, String price, String discount, String rate, String cess, boolean inclusive) {
        return new LineInput(new BigDecimal(qty), new BigDecimal(price), new BigDecimal(discount), new BigDecimal(rate), new BigDecimal(cess),
                inclusive);
    }

    private static GstInput input(String supplier, String pos, GstInput.RoundOff roundOff, LineInput... lines) {
        return new GstInput(supplier, pos, null, null, roundOff, List.of(lines));
    }

    @Test
    void theWorkedExampleOfTheDomainRules() {
        ComputedInvoice invoice = GstCalculator.compute(input("27", "27", GstInput.RoundOff.OFF,
                line("3", "333.33", "10", "18", "0", false),
                line("1", "99.99", "0", "5", "1", false)));
        assertThat(invoice.interstate()).isFalse();
        assertThat(invoice.subtotal()).isEqualTo("1099.98");
        assertThat(invoice.discount()).isEqualTo("100.00");
        assertThat(invoice.taxable()).isEqualTo("999.98");
        assertThat(invoice.cgst()).isEqualTo("83.50");
        assertThat(invoice.sgst()).isEqualTo("83.50");
        assertThat(invoice.igst()).isEqualTo("0.00");
        assertThat(invoice.cess()).isEqualTo("1.00");
        assertThat(invoice.roundOff()).isEqualTo("0.00");
        assertThat(invoice.total()).isEqualTo("1167.98");
        assertThat(invoice.lines().getFirst().cgstRate()).isEqualTo("9.00");
    }

    @Test
    void roundingToTheRupeeShowsTheDifference() {
        ComputedInvoice invoice = GstCalculator.compute(input("27", "27", GstInput.RoundOff.NEAREST_RUPEE,
                line("3", "333.33", "10", "18", "0", false),
                line("1", "99.99", "0", "5", "1", false)));
        assertThat(invoice.total()).isEqualTo("1168.00");
        assertThat(invoice.roundOff()).isEqualTo("0.02");
    }

    @Test
    void interStateChargesIgstAtTheFullRate() {
        ComputedInvoice invoice = GstCalculator.compute(input("27", "29", GstInput.RoundOff.OFF, line("2", "500", "0", "18", "0", false)));
        assertThat(invoice.interstate()).isTrue();
        assertThat(invoice.igst()).isEqualTo("180.00");
        assertThat(invoice.cgst()).isEqualTo("0.00");
        assertThat(invoice.lines().getFirst().igstRate()).isEqualTo("18.00");
        assertThat(invoice.total()).isEqualTo("1180.00");
    }

    @Test
    void theClientFlagCountsOnlyWhenNoStateIsKnown() {
        LineInput l = line("1", "100", "0", "18", "0", false);
        assertThat(GstCalculator.compute(new GstInput("27", "27", true, null, GstInput.RoundOff.OFF, List.of(l))).interstate())
                .as("a flag contradicting the states is ignored").isFalse();
        assertThat(GstCalculator.compute(new GstInput(null, null, true, null, GstInput.RoundOff.OFF, List.of(l))).interstate()).isTrue();
        assertThat(GstCalculator.compute(new GstInput("27", null, true, null, GstInput.RoundOff.OFF, List.of(l))).interstate())
                .as("one state known: treated as intra-state").isFalse();
    }

    @Test
    void aTaxInclusiveLineKeepsItsPrice() {
        ComputedInvoice invoice = GstCalculator.compute(input("27", "27", GstInput.RoundOff.OFF, line("1", "118", "0", "18", "0", true)));
        assertThat(invoice.taxable()).isEqualTo("100.00");
        assertThat(invoice.cgst()).isEqualTo("9.00");
        assertThat(invoice.total()).isEqualTo("118.00");

        ComputedInvoice awkward = GstCalculator.compute(input("27", "29", GstInput.RoundOff.OFF, line("3", "99.99", "0", "28", "12", true)));
        assertThat(awkward.total()).isEqualTo("299.97");
        assertThat(awkward.taxable().add(awkward.igst()).add(awkward.cess())).isEqualTo("299.97");
    }

    @Test
    void zeroRatedAndExemptLinesCarryNoTax() {
        ComputedInvoice invoice = GstCalculator.compute(input("27", "27", GstInput.RoundOff.OFF,
                line("10", "45.50", "0", "0", "0", false), line("1", "200", "5", "0", "0", true)));
        assertThat(invoice.tax()).isEqualTo("0.00");
        assertThat(invoice.taxable()).isEqualTo("645.00");
        assertThat(invoice.total()).isEqualTo("645.00");
    }

    @Test
    void invoiceDiscountAppliesAfterLineDiscounts() {
        ComputedInvoice invoice = GstCalculator.compute(new GstInput("27", "27", null, new BigDecimal("10"), GstInput.RoundOff.OFF,
                List.of(line("1", "1000", "10", "18", "0", false))));
        assertThat(invoice.discount()).isEqualTo("190.00");
        assertThat(invoice.taxable()).isEqualTo("810.00");
        assertThat(invoice.cgst()).isEqualTo("72.90");
    }

    @Test
    void smallRatesSplitIntoThreeDecimalHeadRates() {
        ComputedInvoice invoice = GstCalculator.compute(input("24", "24", GstInput.RoundOff.OFF, line("1", "100000", "0", "0.25", "0", false)));
        assertThat(invoice.lines().getFirst().cgstRate()).isEqualTo("0.125");
        assertThat(invoice.cgst()).isEqualTo("125.00");
        assertThat(invoice.sgst()).isEqualTo("125.00");
    }
}
