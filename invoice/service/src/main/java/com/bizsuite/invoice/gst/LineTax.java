package com.bizsuite.invoice.gst;

import java.math.BigDecimal;

/**
 * A computed line. {@code gross} is quantity x unit price; {@code discount} is line plus invoice
 * discount; {@code taxable} is what tax is charged on; {@code total} = taxable + taxes + cess.
 * CGST and SGST rates are half the GST rate; IGST the full rate; heads not charged are zero.
 */
public record LineTax(BigDecimal gross, BigDecimal discount, BigDecimal taxable, BigDecimal cgstRate, BigDecimal sgstRate,
                      BigDecimal igstRate, BigDecimal cgst, BigDecimal sgst, BigDecimal igst, BigDecimal cess, BigDecimal total) {

    public BigDecimal tax() {
        return cgst.add(sgst).add(igst).add(cess);
    }
}
