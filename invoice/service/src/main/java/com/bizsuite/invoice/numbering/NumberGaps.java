package com.bizsuite.invoice.numbering;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

/** The numbers a series used in a financial year: any missing (there should be none) and the cancelled ones. */
@Singleton
public class NumberGaps {

    @Serdeable
    public record Report(String series, String financialYear, Integer first, Integer last, List<Integer> gaps, List<String> cancelled) {
    }

    private final JdbcOperations jdbc;

    NumberGaps(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Report of(UUID businessId, String series, String financialYear) {
        TreeSet<Integer> used = new TreeSet<>();
        List<String> cancelled = new ArrayList<>();
        jdbc.prepareStatement("""
                SELECT sequence_number, invoice_number, status FROM invoice.invoices
                WHERE business_id = ? AND series = ? AND financial_year = ? AND sequence_number IS NOT NULL ORDER BY sequence_number""", s -> {
            s.setObject(1, businessId);
            s.setString(2, series);
            s.setString(3, financialYear);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    used.add(rs.getInt(1));
                    if (rs.getString(3).equals("cancelled")) {
                        cancelled.add(rs.getString(2));
                    }
                }
            }
            return null;
        });
        if (used.isEmpty()) {
            return new Report(series, financialYear, null, null, List.of(), List.of());
        }
        List<Integer> gaps = new ArrayList<>();
        for (int n = 1; n < used.last(); n++) {
            if (!used.contains(n)) {
                gaps.add(n);
            }
        }
        return new Report(series, financialYear, used.first(), used.last(), gaps, cancelled);
    }
}
