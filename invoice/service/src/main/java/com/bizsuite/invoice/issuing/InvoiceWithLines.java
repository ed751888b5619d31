package com.bizsuite.invoice.issuing;

import java.util.List;

/** An invoice together with its lines, as a write left them: the response needs no second read. */
record InvoiceWithLines(Invoice invoice, List<InvoiceLine> lines) {

    InvoiceView view() {
        return InvoiceView.of(invoice, lines);
    }
}
