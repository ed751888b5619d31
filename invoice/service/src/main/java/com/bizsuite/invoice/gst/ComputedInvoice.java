package com.bizsuite.invoice.gst;

import java.math.BigDecimal;
import java.util.List;

/**
 * The invoice's amounts, each the sum of its rounded line values. Holds for every invoice:
 * taxable + cgst + sgst + igst + cess + roundOff == total, and cgst == sgst.
 */
public record ComputedInvoice(boolean interstate, String placeOfSupply, List<LineTax> lines, BigDecimal subtotal, BigDecimal discount,
                              BigDecimal taxable, BigDecimal cgst, BigDecimal sgst, BigDecimal igst, BigDecimal cess,
                              BigDecimal tax, BigDecimal roundOff, BigDecimal total) {
}
