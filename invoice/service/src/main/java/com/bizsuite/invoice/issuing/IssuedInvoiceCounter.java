package com.bizsuite.invoice.issuing;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;

import java.util.List;

/** {@code bizsuite_invoices_issued_total{type}}: documents issued (numbered), by type: sale, purchase, credit_note, ... */
@Singleton
class IssuedInvoiceCounter {

    private final MeterRegistry meters;

    IssuedInvoiceCounter(MeterRegistry meters) {
        this.meters = meters;
    }

    void count(List<Invoice> issued) {
        issued.forEach(invoice -> Counter.builder("bizsuite.invoices.issued")
                .description("Invoices, credit notes and other documents issued")
                .tag("type", invoice.invoiceType())
                .register(meters)
                .increment());
    }
}
