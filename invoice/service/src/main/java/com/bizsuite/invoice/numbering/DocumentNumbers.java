package com.bizsuite.invoice.numbering;

import com.bizsuite.platform.persistence.HotRowQueue;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.util.UUID;

/**
 * The next number of a series in a financial year. One statement creates or increments the
 * counter row and keeps it locked until the issuing transaction ends: concurrent issues queue
 * on the row and get consecutive numbers; a rolled-back issue gives its number back.
 */
@Singleton
public class DocumentNumbers {

    private final JdbcOperations jdbc;
    private final HotRowQueue queue;

    DocumentNumbers(JdbcOperations jdbc, HotRowQueue queue) {
        this.jdbc = jdbc;
        this.queue = queue;
    }

    @Transactional(propagation = io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY)
    public int next(UUID businessId, String series, String financialYear) {
        return nextBlock(businessId, series, financialYear, 1);
    }

    /** Takes {@code count} numbers in a row, in one statement, and returns the first. */
    @Transactional(propagation = io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY)
    public int nextBlock(UUID businessId, String series, String financialYear, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1");
        }
        queue.enter("counter:" + businessId + ":" + series + ":" + financialYear);
        return jdbc.prepareStatement("""
                INSERT INTO invoice.number_counters (business_id, series, financial_year, last_number) VALUES (?, ?, ?, ?)
                ON CONFLICT (business_id, series, financial_year)
                DO UPDATE SET last_number = invoice.number_counters.last_number + EXCLUDED.last_number
                RETURNING last_number""", s -> {
            s.setObject(1, businessId);
            s.setString(2, series);
            s.setString(3, financialYear);
            s.setInt(4, count);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1) - count + 1;
            }
        });
    }

    /** The number the next issue would get, without taking it. */
    @Transactional(readOnly = true)
    public int preview(UUID businessId, String series, String financialYear) {
        return jdbc.prepareStatement("""
                SELECT coalesce((SELECT last_number FROM invoice.number_counters
                                 WHERE business_id = ? AND series = ? AND financial_year = ?), 0) + 1""", s -> {
            s.setObject(1, businessId);
            s.setString(2, series);
            s.setString(3, financialYear);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }
}
