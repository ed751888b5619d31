package com.bizsuite.invoice.gst;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Computes GST for an invoice, following DOMAIN.md: pure arithmetic, no I/O.
 *
 * <p>Per line: gross = qty x price (2 decimals); discount = gross x line% then x invoice% on
 * the rest (each to 2 decimals); taxable = gross - discount; each tax head = taxable x head
 * rate to 2 decimals, CGST and SGST each from half the rate, so they are always equal.
 * A tax-inclusive line keeps its total at the discounted gross: taxable is that amount divided
 * by (1 + (GST + cess)/100), and the rounding difference stays in taxable. Invoice amounts are
 * sums of the rounded line values; the grand total is rounded to the rupee when asked, the
 * difference shown as round-off.
 */
public final class GstCalculator {

    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final BigDecimal TWO = new BigDecimal("2");
    private static final BigDecimal ZERO = money(BigDecimal.ZERO);

    private GstCalculator() {
    }

    public static ComputedInvoice compute(GstInput input) {
        boolean interstate = interstate(input);
        List<LineTax> lines = new ArrayList<>();
        BigDecimal invoiceDiscount = input.invoiceDiscountPercent() == null ? BigDecimal.ZERO : input.invoiceDiscountPercent();
        for (LineInput line : input.lines()) {
            lines.add(line(line, invoiceDiscount, interstate));
        }
        BigDecimal subtotal = sum(lines, LineTax::gross);
        BigDecimal discount = sum(lines, LineTax::discount);
        BigDecimal taxable = sum(lines, LineTax::taxable);
        BigDecimal cgst = sum(lines, LineTax::cgst);
        BigDecimal sgst = sum(lines, LineTax::sgst);
        BigDecimal igst = sum(lines, LineTax::igst);
        BigDecimal cess = sum(lines, LineTax::cess);
        BigDecimal exact = sum(lines, LineTax::total);
        BigDecimal total = input.roundOff() == GstInput.RoundOff.NEAREST_RUPEE ? exact.setScale(0, RoundingMode.HALF_UP).setScale(2) : exact;
        return new ComputedInvoice(interstate, input.placeOfSupply(), List.copyOf(lines), subtotal, discount, taxable, cgst, sgst, igst, cess,
                cgst.add(sgst).add(igst).add(cess), total.subtract(exact), total);
    }

    /** Inter-state when both states are known and differ; the client's flag decides only when neither is known. */
    static boolean interstate(GstInput input) {
        if (input.supplierState() != null && input.placeOfSupply() != null) {
            return !input.supplierState().equals(input.placeOfSupply());
        }
        if (input.supplierState() == null && input.placeOfSupply() == null) {
            return Boolean.TRUE.equals(input.interstateFlag());
        }
        return false;
    }

    static LineTax line(LineInput line, BigDecimal invoiceDiscountPercent, boolean interstate) {
        BigDecimal gross = money(line.quantity().multiply(line.unitPrice()));
        BigDecimal lineDiscount = percentOf(gross, nonNull(line.discountPercent()));
        BigDecimal invoiceDiscount = percentOf(gross.subtract(lineDiscount), invoiceDiscountPercent);
        BigDecimal discount = lineDiscount.add(invoiceDiscount);
        BigDecimal net = gross.subtract(discount);
        BigDecimal rate = nonNull(line.taxRate());
        BigDecimal cessRate = nonNull(line.cessRate());
        BigDecimal halfRate = rate.divide(TWO, 4, RoundingMode.UNNECESSARY);

        BigDecimal taxable = line.taxInclusive()
                ? money(net.multiply(HUNDRED).divide(HUNDRED.add(rate).add(cessRate), 10, RoundingMode.HALF_UP))
                : net;
        BigDecimal cgst = interstate ? ZERO : percentOf(taxable, halfRate);
        BigDecimal igst = interstate ? percentOf(taxable, rate) : ZERO;
        BigDecimal cess = percentOf(taxable, cessRate);
        if (line.taxInclusive()) {
            // the customer pays the price shown: rounding of the heads is absorbed by taxable
            taxable = net.subtract(cgst.multiply(TWO)).subtract(igst).subtract(cess);
        }
        BigDecimal total = taxable.add(cgst).add(cgst).add(igst).add(cess);
        BigDecimal headRate = interstate ? ZERO : rateScale(halfRate);
        return new LineTax(gross, discount, taxable, headRate, headRate, interstate ? rateScale(rate) : ZERO, cgst, cgst, igst, cess, total);
    }

    private static BigDecimal percentOf(BigDecimal amount, BigDecimal percent) {
        return money(amount.multiply(percent).divide(HUNDRED, 10, RoundingMode.HALF_UP));
    }

    /** Rates carry 2 decimals, or 3 where half of a small rate needs them (0.25% gives 0.125% CGST). */
    private static BigDecimal rateScale(BigDecimal rate) {
        return rate.setScale(Math.max(2, rate.stripTrailingZeros().scale()), RoundingMode.UNNECESSARY);
    }

    private static BigDecimal money(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal nonNull(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private static BigDecimal sum(List<LineTax> lines, java.util.function.Function<LineTax, BigDecimal> field) {
        return lines.stream().map(field).reduce(ZERO, BigDecimal::add);
    }
}
