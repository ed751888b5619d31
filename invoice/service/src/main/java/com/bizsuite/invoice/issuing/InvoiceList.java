package com.bizsuite.invoice.issuing;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The invoices page the clients read: {@code {invoices, total, page, limit}}. */
@Serdeable
record InvoiceList(List<InvoiceView> invoices, long total, int page, int limit) {
}
