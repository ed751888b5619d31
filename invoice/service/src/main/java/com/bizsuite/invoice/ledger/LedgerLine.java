package com.bizsuite.invoice.ledger;


import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One document in a party's ledger.
 *
 * @param type   invoice, credit_note, payment_in or payment_out
 * @param debit  raises what the party owes the business
 * @param credit lowers it
 */
record LedgerLine(LocalDate date, String type, String documentNumber, String description, BigDecimal debit, BigDecimal credit) {
}
