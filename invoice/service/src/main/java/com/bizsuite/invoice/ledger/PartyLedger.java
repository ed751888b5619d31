package com.bizsuite.invoice.ledger;

import com.bizsuite.business.api.PartySummary;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * A party's statement: the opening balance, then every document that moved the balance, in
 * date order, with a running balance that is positive while the party owes the business.
 * The party and its opening balance come from the business module's {@link com.bizsuite.business.api.Parties};
 * the documents are this module's invoices, credit notes and payments ({@link InvoiceLedgerEntries}).
 */
@Singleton
class PartyLedger {

    @Serdeable
    record Entry(LocalDate date, String type, String documentNumber, String description, BigDecimal debit, BigDecimal credit,
                 BigDecimal balance) {
    }

    @Serdeable
    record Statement(UUID partyId, String partyName, BigDecimal openingBalance, String openingBalanceType, BigDecimal currentBalance,
                     List<Entry> entries) {
    }

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    // business dates are Indian calendar days, as on the invoices
    private static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");

    private final InvoiceLedgerEntries documents;

    PartyLedger(InvoiceLedgerEntries documents) {
        this.documents = documents;
    }

    Statement statement(UUID businessId, PartySummary party, LocalDate from, LocalDate to) {
        List<LedgerLine> lines = new ArrayList<>(documents.entries(businessId, party.id(), null, to));
        lines.sort(Comparator.comparing(LedgerLine::date));
        BigDecimal opening = party.openingBalanceType().equals("credit") ? party.openingBalance().negate() : party.openingBalance();
        BigDecimal balance = opening;
        for (LedgerLine line : lines) {
            if (from != null && line.date().isBefore(from)) {
                balance = balance.add(line.debit()).subtract(line.credit());
            }
        }
        List<Entry> entries = new ArrayList<>();
        BigDecimal broughtForward = balance;
        LocalDate openedOn = from != null ? from : openedOn(party, lines);
        entries.add(new Entry(openedOn, "opening_balance", null, from == null ? "Opening balance" : "Balance brought forward",
                broughtForward.signum() > 0 ? broughtForward : ZERO, broughtForward.signum() < 0 ? broughtForward.negate() : ZERO,
                broughtForward));
        for (LedgerLine line : lines) {
            if (from == null || !line.date().isBefore(from)) {
                balance = balance.add(line.debit()).subtract(line.credit());
                entries.add(new Entry(line.date(), line.type(), line.documentNumber(), line.description(), line.debit(), line.credit(),
                        balance));
            }
        }
        return new Statement(party.id(), party.name(), party.openingBalance(), party.openingBalanceType(), balance, entries);
    }

    /** The party's creation day, or an earlier document's day (a back-dated invoice), so that the dates stay in order. */
    private static LocalDate openedOn(PartySummary party, List<LedgerLine> lines) {
        LocalDate created = LocalDate.ofInstant(party.createdAt(), INDIA);
        return lines.isEmpty() || !lines.getFirst().date().isBefore(created) ? created : lines.getFirst().date();
    }
}
