package com.bizsuite.invoice.reports;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One line of an issued document in the period, with what the reports group it by. */
record ReportLine(String type, String originalType, String originalNumber, String number, LocalDate date, String partyName,
                  String partyGstin, String placeOfSupply, boolean interstate, BigDecimal documentTotal, BigDecimal roundOff,
                  String hsn, BigDecimal quantity, BigDecimal rate, BigDecimal taxable, BigDecimal cgst, BigDecimal sgst,
                  BigDecimal igst, BigDecimal cess) {

    boolean isSale() {
        return type.equals("sale");
    }

    boolean isSaleCreditNote() {
        return type.equals("credit_note") && "sale".equals(originalType);
    }

    boolean isPurchase() {
        return type.equals("purchase");
    }
}
