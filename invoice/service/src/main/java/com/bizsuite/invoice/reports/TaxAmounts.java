package com.bizsuite.invoice.reports;

import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;

/** Taxable value and the tax heads, summed; {@code sign} -1 subtracts (credit notes). */
@Serdeable
record TaxAmounts(BigDecimal taxableValue, BigDecimal igst, BigDecimal cgst, BigDecimal sgst, BigDecimal cess) {

    static final TaxAmounts ZERO = new TaxAmounts(z(), z(), z(), z(), z());

    TaxAmounts plus(ReportLine line, int sign) {
        BigDecimal s = BigDecimal.valueOf(sign);
        return new TaxAmounts(taxableValue.add(line.taxable().multiply(s)), igst.add(line.igst().multiply(s)),
                cgst.add(line.cgst().multiply(s)), sgst.add(line.sgst().multiply(s)), cess.add(line.cess().multiply(s)));
    }

    TaxAmounts minus(TaxAmounts other) {
        return new TaxAmounts(taxableValue.subtract(other.taxableValue), igst.subtract(other.igst), cgst.subtract(other.cgst),
                sgst.subtract(other.sgst), cess.subtract(other.cess));
    }

    String[] csv() {
        return new String[]{taxableValue.toPlainString(), igst.toPlainString(), cgst.toPlainString(), sgst.toPlainString(),
                cess.toPlainString()};
    }

    private static BigDecimal z() {
        return new BigDecimal("0.00");
    }
}
