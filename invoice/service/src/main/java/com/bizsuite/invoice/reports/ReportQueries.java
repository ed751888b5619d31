package com.bizsuite.invoice.reports;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.Date;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The lines of every issued sale, purchase and credit note of a period; drafts and cancelled documents never count. */
@Singleton
class ReportQueries {

    private final JdbcOperations jdbc;

    ReportQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    List<ReportLine> lines(UUID businessId, LocalDate from, LocalDate to) {
        return jdbc.prepareStatement("""
                SELECT i.invoice_type, o.invoice_type, o.invoice_number, i.invoice_number, i.invoice_date, i.party_name, i.party_gstin,
                       i.place_of_supply, i.is_interstate, i.total_amount, i.round_off,
                       l.hsn_code, l.quantity, l.tax_rate, l.taxable_amount, l.cgst_amount, l.sgst_amount, l.igst_amount, l.cess_amount
                  FROM invoice.invoices i
                  JOIN invoice.invoice_items l ON l.invoice_id = i.id
                  LEFT JOIN invoice.invoices o ON o.id = i.original_invoice_id
                 WHERE i.business_id = ? AND i.status = 'issued' AND i.invoice_type IN ('sale', 'purchase', 'credit_note')
                   AND i.invoice_date BETWEEN ? AND ?
                 ORDER BY i.invoice_date, i.invoice_number, l.line_no""", s -> {
            s.setObject(1, businessId);
            s.setDate(2, Date.valueOf(from));
            s.setDate(3, Date.valueOf(to));
            List<ReportLine> lines = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    lines.add(new ReportLine(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getDate(5).toLocalDate(),
                            rs.getString(6), rs.getString(7), rs.getString(8), rs.getBoolean(9), rs.getBigDecimal(10), rs.getBigDecimal(11),
                            rs.getString(12), rs.getBigDecimal(13), rs.getBigDecimal(14), rs.getBigDecimal(15), rs.getBigDecimal(16),
                            rs.getBigDecimal(17), rs.getBigDecimal(18), rs.getBigDecimal(19)));
                }
            }
            return lines;
        });
    }
}
