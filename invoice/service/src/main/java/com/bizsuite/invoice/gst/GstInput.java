package com.bizsuite.invoice.gst;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the engine needs: the supplier's state and the place of supply (two-digit GST state
 * codes, null when unknown), the client's inter-state flag (honoured only when neither state is
 * known), an invoice-level discount percent applied after line discounts, and the round-off mode.
 */
public record GstInput(String supplierState, String placeOfSupply, Boolean interstateFlag, BigDecimal invoiceDiscountPercent,
                       RoundOff roundOff, List<LineInput> lines) {

    public enum RoundOff { OFF, NEAREST_RUPEE }
}
