package com.bizsuite.invoice.payments;

import com.bizsuite.platform.json.PartialBody;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.UUID;

/**
 * PATCH of a payment: each field the body names replaces the payment's, a JSON null included; a
 * field left out keeps its value. What the payment settles stays unless the body names
 * {@code invoice_id} or {@code allocations}: a payment whose whole amount settles one invoice keeps
 * settling it with its whole, possibly new, amount (what the old clients' single {@code invoice_id}
 * means); other allocations stay as they are. {@code "status": "cancelled"} cancels the payment.
 */
@Serdeable.Deserializable(using = PaymentPatch.Reader.class)
@Schema(implementation = PaymentRequest.class)
record PaymentPatch(PartialBody<PaymentRequest> body) {

    boolean cancels() {
        return "cancelled".equals(body.values().status());
    }

    /** The payment with this patch applied, as a request to validate and record. */
    PaymentRequest applyTo(Payment current, List<PaymentView.Allocated> settled) {
        PaymentRequest values = body.values();
        UUID invoiceId = values.invoiceId();
        List<PaymentRequest.Allocation> allocations = values.allocations();
        if (!body.names("invoice_id") && !body.names("allocations")) {
            boolean wholeToOne = settled.size() == 1 && settled.getFirst().amount().compareTo(current.amount()) == 0;
            invoiceId = wholeToOne ? settled.getFirst().invoiceId() : null;
            allocations = wholeToOne ? null : settled.stream().map(a -> new PaymentRequest.Allocation(a.invoiceId(), a.amount())).toList();
        }
        return new PaymentRequest(
                body.pick("party_id", values.partyId(), current.partyId()),
                invoiceId,
                allocations,
                body.pick("transaction_type", values.transactionType(), current.transactionType()),
                body.pick("transaction_date", values.transactionDate(), current.transactionDate()),
                body.pick("amount", values.amount(), current.amount()),
                body.pick("payment_mode", values.paymentMode(), current.paymentMode()),
                body.pick("reference_number", values.referenceNumber(), current.referenceNumber()),
                body.pick("bank_name", values.bankName(), current.bankName()),
                body.pick("cheque_number", values.chequeNumber(), current.chequeNumber()),
                body.pick("cheque_date", values.chequeDate(), current.chequeDate()),
                body.pick("notes", values.notes(), current.notes()),
                values.status());
    }

    @Singleton
    static final class Reader extends PartialBody.Reader<PaymentRequest, PaymentPatch> {
        Reader() {
            super(PaymentRequest.class, PaymentPatch::new);
        }
    }
}
