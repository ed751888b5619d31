package com.bizsuite.business.api;

import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * @param type   invoice, credit_note, payment_in or payment_out
 * @param debit  raises what the party owes the business
 * @param credit lowers it
 */
@Serdeable
public record LedgerLine(LocalDate date, String type, String documentNumber, String description, BigDecimal debit, BigDecimal credit) {
}
