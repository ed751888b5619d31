package com.bizsuite.invoice.gst;

import java.math.BigDecimal;

/**
 * One invoice line as entered: quantity (3 decimals), unit price (2), discount percent (0-100),
 * GST rate and cess rate (percent), and whether the price already includes the taxes.
 */
public record LineInput(BigDecimal quantity, BigDecimal unitPrice, BigDecimal discountPercent, BigDecimal taxRate,
                        BigDecimal cessRate, boolean taxInclusive) {
}
