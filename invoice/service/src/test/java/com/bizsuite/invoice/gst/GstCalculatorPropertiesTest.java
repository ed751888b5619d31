package com.bizsuite.invoice.gst;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Thousands of random invoices: the invariants of DOMAIN.md hold for every one. */
class GstCalculatorPropertiesTest {

    private static final List<String> RATES = List.of("0", "0.1", "0.25", "1.5", "3", "5", "12", "18", "28", "40");
    private static final List<String> STATES = List.of("27", "29", "07");

    @Property(tries = 3000)
    void amountsAddUpAndHeadsAreEqual(@ForAll("invoices") GstInput input) {
        ComputedInvoice invoice = GstCalculator.compute(input);

        assertThat(invoice.taxable().add(invoice.cgst()).add(invoice.sgst()).add(invoice.igst()).add(invoice.cess()).add(invoice.roundOff()))
                .isEqualTo(invoice.total());
        assertThat(invoice.cgst()).isEqualTo(invoice.sgst());
        assertThat(invoice.interstate() ? invoice.cgst() : invoice.igst()).isZero();
        for (BigDecimal amount : List.of(invoice.subtotal(), invoice.discount(), invoice.taxable(), invoice.cgst(), invoice.igst(),
                invoice.cess(), invoice.total())) {
            assertThat(amount.signum()).isGreaterThanOrEqualTo(0);
            assertThat(amount.scale()).isEqualTo(2);
        }
        assertThat(invoice.roundOff().abs()).isLessThanOrEqualTo(new BigDecimal("0.50"));
        for (int i = 0; i < invoice.lines().size(); i++) {
            LineTax line = invoice.lines().get(i);
            assertThat(line.cgst()).isEqualTo(line.sgst());
            assertThat(line.taxable().add(line.tax())).isEqualTo(line.total());
            assertThat(line.gross().subtract(line.discount()).signum()).isGreaterThanOrEqualTo(0);
            if (input.lines().get(i).taxInclusive()) {
                assertThat(line.total()).as("a tax-inclusive line totals its price").isEqualTo(line.gross().subtract(line.discount()));
            }
        }
    }

    @Provide
    Arbitrary<GstInput> invoices() {
        Arbitrary<LineInput> line = Combinators.combine(
                Arbitraries.bigDecimals().between(new BigDecimal("0.001"), new BigDecimal("10000")).ofScale(3),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("999999")).ofScale(2),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100")).ofScale(2),
                Arbitraries.of(RATES).map(BigDecimal::new),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100")).ofScale(2),
                Arbitraries.of(true, false)).as(LineInput::new);
        return Combinators.combine(
                Arbitraries.of(STATES).injectNull(0.1),
                Arbitraries.of(STATES).injectNull(0.1),
                Arbitraries.of(true, false).injectNull(0.3),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("50")).ofScale(2).injectNull(0.5),
                Arbitraries.of(GstInput.RoundOff.class),
                line.list().ofMinSize(1).ofMaxSize(12)).as(GstInput::new);
    }
}
