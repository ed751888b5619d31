package com.bizsuite.invoice.issuing;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class IssuedInvoiceCounterTest {

    @Test
    void countsIssuedDocumentsByType() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        IssuedInvoiceCounter counter = new IssuedInvoiceCounter(meters);

        counter.count(List.of(issued("sale"), issued("sale"), issued("purchase")));
        counter.count(List.of(issued("credit_note")));
        counter.count(List.of());

        assertThat(meters.get("bizsuite.invoices.issued").tag("type", "sale").counter().count()).isEqualTo(2);
        assertThat(meters.get("bizsuite.invoices.issued").tag("type", "purchase").counter().count()).isEqualTo(1);
        assertThat(meters.get("bizsuite.invoices.issued").tag("type", "credit_note").counter().count()).isEqualTo(1);
    }

    private static Invoice issued(String type) {
        BigDecimal zero = BigDecimal.ZERO;
        return new Invoice(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "Party", null, type, "default", "2026-27", 1,
                "INV-1", "issued", "unpaid", LocalDate.EPOCH, null, "27", "27", false, null, null, zero, zero, zero, zero, zero, zero,
                zero, zero, zero, zero, zero, zero, zero, zero, null, null, UUID.randomUUID(), Instant.EPOCH, Instant.EPOCH,
                Instant.EPOCH, null, 0L);
    }
}
