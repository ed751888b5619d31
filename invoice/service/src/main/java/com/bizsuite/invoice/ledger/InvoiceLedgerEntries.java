package com.bizsuite.invoice.ledger;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A party's documents for its ledger: issued sale invoices and purchase credit notes raise what
 * the party owes (debit); purchase invoices, sale credit notes and payments received lower it
 * (credit); payments made raise it. Drafts, quotations, proformas and cancelled documents do not count.
 */
@Singleton
class InvoiceLedgerEntries {

    private static final BigDecimal ZERO = new BigDecimal("0.00");

    private final JdbcOperations jdbc;

    InvoiceLedgerEntries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    List<LedgerLine> entries(UUID businessId, UUID partyId, LocalDate from, LocalDate to) {
        return jdbc.prepareStatement("""
                SELECT i.invoice_date, i.invoice_type, coalesce(o.invoice_type, ''), i.invoice_number, i.total_amount, i.created_at
                  FROM invoice.invoices i LEFT JOIN invoice.invoices o ON o.id = i.original_invoice_id
                 WHERE i.business_id = ? AND i.party_id = ? AND i.status = 'issued' AND i.invoice_type IN ('sale', 'purchase', 'credit_note')
                   AND (CAST(? AS date) IS NULL OR i.invoice_date >= ?) AND (CAST(? AS date) IS NULL OR i.invoice_date <= ?)
                UNION ALL
                SELECT p.transaction_date, p.transaction_type, '', p.reference_number, p.amount, p.created_at
                  FROM invoice.payments p
                 WHERE p.business_id = ? AND p.party_id = ? AND p.deleted_at IS NULL
                   AND (CAST(? AS date) IS NULL OR p.transaction_date >= ?) AND (CAST(? AS date) IS NULL OR p.transaction_date <= ?)
                ORDER BY 1, 6""", s -> {
            for (int offset : new int[]{0, 6}) {
                s.setObject(offset + 1, businessId);
                s.setObject(offset + 2, partyId);
                s.setDate(offset + 3, from == null ? null : Date.valueOf(from));
                s.setDate(offset + 4, from == null ? null : Date.valueOf(from));
                s.setDate(offset + 5, to == null ? null : Date.valueOf(to));
                s.setDate(offset + 6, to == null ? null : Date.valueOf(to));
            }
            List<LedgerLine> lines = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    lines.add(line(rs.getDate(1).toLocalDate(), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBigDecimal(5)));
                }
            }
            return lines;
        });
    }

    private static LedgerLine line(LocalDate date, String type, String originalType, String number, BigDecimal amount) {
        return switch (type) {
            case "sale" -> new LedgerLine(date, "invoice", number, "Sale invoice " + number, amount, ZERO);
            case "purchase" -> new LedgerLine(date, "invoice", number, "Purchase invoice " + number, ZERO, amount);
            case "credit_note" -> originalType.equals("purchase")
                    ? new LedgerLine(date, "credit_note", number, "Credit note " + number + " on a purchase", amount, ZERO)
                    : new LedgerLine(date, "credit_note", number, "Credit note " + number, ZERO, amount);
            case "payment_in" -> new LedgerLine(date, "payment_in", number, "Payment received", ZERO, amount);
            default -> new LedgerLine(date, "payment_out", number, "Payment made", amount, ZERO);
        };
    }
}
