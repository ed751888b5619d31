package com.bizsuite.invoice.issuing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertFalse;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * POST /invoices, and the whole draft once a PATCH is applied to it. Without {@code status} a new
 * invoice is issued at once and a patched draft stays a draft; {@code "draft"} keeps a draft.
 * {@code place_of_supply} and {@code is_interstate} are accepted for the old clients but the
 * states decide (DOMAIN.md): the flag counts only when no state is known. The amounts the old
 * web client sends back on its edit page are read and dropped: the server computes every amount.
 * Exports and reverse charge change who pays which tax and how it is reported; until that is
 * built, only {@code false} is accepted rather than an invoice taxed as an ordinary supply.
 */
@Serdeable
record InvoiceRequest(
        @NotNull UUID partyId,
        @NotBlank @Pattern(regexp = "^(sale|purchase|quotation|proforma)$", message = "must be sale, purchase, quotation or proforma") String invoiceType,
        @NotNull LocalDate invoiceDate,
        @Nullable LocalDate dueDate,
        @Nullable @Pattern(regexp = "^[0-9]{2}$", message = "must be a two-digit state code") String placeOfSupply,
        @Nullable Boolean isInterstate,
        @Nullable @AssertFalse(message = "export invoices are not supported yet; send false or leave it out") Boolean isExport,
        @Nullable @AssertFalse(message = "reverse-charge invoices are not supported yet; send false or leave it out") Boolean isRcm,
        @NotEmpty @Size(max = 500) List<@Valid @NotNull Line> items,
        @Nullable @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal invoiceDiscountPercent,
        @Nullable @Size(max = 2000) String terms,
        @Nullable @Size(max = 2000) String notes,
        @Nullable @Pattern(regexp = "^(draft|issued)$", message = "must be draft or issued") String status,
        @Nullable @Schema(description = IGNORED) BigDecimal subtotalAmount,
        @Nullable @Schema(description = IGNORED) BigDecimal taxAmount,
        @Nullable @Schema(description = IGNORED) BigDecimal totalAmount) {

    private static final String IGNORED = "Accepted from the old clients and ignored: the server computes every amount";

    @Serdeable
    record Line(
            @Nullable UUID itemId,
            @Nullable @Size(min = 1, max = 200) String itemName,
            @Nullable @Size(max = 2000) String itemDescription,
            @Nullable @Pattern(regexp = "^([0-9]{4}|[0-9]{6}|[0-9]{8})$", message = "must be 4, 6 or 8 digits") String hsnCode,
            @Nullable @Size(max = 20) String unit,
            @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 12, fraction = 3) BigDecimal quantity,
            @NotNull @DecimalMin("0") @Digits(integer = 13, fraction = 2) BigDecimal unitPrice,
            @Nullable @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal discountPercent,
            @Nullable BigDecimal taxRate,
            @Nullable @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal cessRate,
            @Nullable Boolean taxInclusive) {
    }

    /** The old system's default: due 30 days after the invoice date. */
    static LocalDate defaultDueDate(LocalDate invoiceDate) {
        return invoiceDate == null ? null : invoiceDate.plusDays(30);
    }

    /** This request, due {@link #defaultDueDate 30 days} after its date when it names no due date. */
    InvoiceRequest withDefaultDueDate() {
        return dueDate != null ? this : new InvoiceRequest(partyId, invoiceType, invoiceDate, defaultDueDate(invoiceDate), placeOfSupply,
                isInterstate, isExport, isRcm, items, invoiceDiscountPercent, terms, notes, status, null, null, null);
    }
}
