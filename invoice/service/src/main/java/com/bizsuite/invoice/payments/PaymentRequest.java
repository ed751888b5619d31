package com.bizsuite.invoice.payments;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A payment, optionally settling invoices of the same party: {@code allocations}, or for the old
 * clients a single {@code invoice_id} that receives the whole amount. What is not allocated stays
 * on the party's account as an advance. {@code status} is the old clients' way to cancel a payment
 * in a PATCH; {@code active} changes nothing.
 */
@Serdeable
record PaymentRequest(
        @NotNull UUID partyId,
        @Nullable UUID invoiceId,
        @Nullable @Size(max = 100) List<@Valid @NotNull Allocation> allocations,
        @NotBlank @Pattern(regexp = "^(payment_in|payment_out)$", message = "must be payment_in or payment_out") String transactionType,
        @NotNull LocalDate transactionDate,
        @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 13, fraction = 2) BigDecimal amount,
        @NotBlank @Pattern(regexp = "^(cash|bank|upi|cheque|credit|card)$", message = "must be cash, bank, upi, cheque, credit or card") String paymentMode,
        @Nullable @Size(max = 100) String referenceNumber,
        @Nullable @Size(max = 100) String bankName,
        @Nullable @Size(max = 20) String chequeNumber,
        @Nullable LocalDate chequeDate,
        @Nullable @Size(max = 2000) String notes,
        @Nullable @Pattern(regexp = "^(active|cancelled)$", message = "must be active or cancelled") String status) {

    @Serdeable
    record Allocation(@NotNull UUID invoiceId,
                      @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 13, fraction = 2) BigDecimal amount) {
    }

    List<Allocation> allocationsOrSingle() {
        if (allocations != null && !allocations.isEmpty()) {
            return allocations;
        }
        return invoiceId == null ? List.of() : List.of(new Allocation(invoiceId, amount));
    }
}
