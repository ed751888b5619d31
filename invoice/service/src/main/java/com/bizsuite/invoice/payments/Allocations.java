package com.bizsuite.invoice.payments;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The {@code payment_allocations} table: which invoices a payment settles, and by how much. */
@Singleton
class Allocations {

    private final JdbcOperations jdbc;

    Allocations(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    void save(UUID paymentId, Map<UUID, BigDecimal> amounts) {
        amounts.forEach((invoice, amount) -> jdbc.prepareStatement(
                "INSERT INTO invoice.payment_allocations (payment_id, invoice_id, amount) VALUES (?, ?, ?)", s -> {
                    s.setObject(1, paymentId);
                    s.setObject(2, invoice);
                    s.setBigDecimal(3, amount);
                    return s.executeUpdate();
                }));
    }

    void deleteOf(UUID paymentId) {
        jdbc.prepareStatement("DELETE FROM invoice.payment_allocations WHERE payment_id = ?", s -> {
            s.setObject(1, paymentId);
            return s.executeUpdate();
        });
    }

    Map<UUID, List<PaymentView.Allocated>> of(Collection<UUID> paymentIds) {
        Map<UUID, List<PaymentView.Allocated>> byPayment = new HashMap<>();
        if (paymentIds.isEmpty()) {
            return byPayment;
        }
        jdbc.prepareStatement("SELECT payment_id, invoice_id, amount FROM invoice.payment_allocations WHERE payment_id = ANY (?) ORDER BY invoice_id",
                s -> {
                    s.setArray(1, s.getConnection().createArrayOf("uuid", paymentIds.toArray()));
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            byPayment.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                                    .add(new PaymentView.Allocated(rs.getObject(2, UUID.class), rs.getBigDecimal(3)));
                        }
                    }
                    return null;
                });
        return byPayment;
    }
}
