package com.bizsuite.invoice.payments;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The payments page: the list twice, as {@code payments} and {@code data}, as the old clients read either. */
@Serdeable
record PaymentList(List<PaymentView> payments, List<PaymentView> data, long total, int page, int limit) {
}
