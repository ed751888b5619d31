package com.bizsuite.invoice.issuing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * {@code {reason, invoice_date?, items:[{invoice_item_id, quantity}]}}: which lines of the invoice are credited, and how
 * much of each. The note is dated {@code invoice_date} when given (not before the invoice's own date), else today in India.
 */
@Serdeable
record CreditNoteRequest(@NotBlank @Size(max = 500) String reason, @Nullable LocalDate invoiceDate,
                         @NotEmpty @Size(max = 500) List<@Valid @NotNull Line> items) {

    @Serdeable
    record Line(@NotNull UUID invoiceItemId,
                @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 12, fraction = 3) BigDecimal quantity) {
    }
}
