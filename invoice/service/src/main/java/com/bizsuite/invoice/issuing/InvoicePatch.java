package com.bizsuite.invoice.issuing;

import com.bizsuite.platform.error.ApiException;
import com.bizsuite.platform.json.PartialBody;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.List;

/**
 * PATCH of a draft: each field the body names replaces the draft's, a JSON null included
 * ({@code "due_date": null} clears the due date); a field left out keeps its value, and a draft
 * without a due date gets the default one. Without {@code items} the draft's lines stay. The
 * merged invoice is then validated as a new one is ({@link InvoiceRequest}), so a null required
 * field is a 400 naming it.
 */
@Serdeable.Deserializable(using = InvoicePatch.Reader.class)
@Schema(implementation = InvoiceRequest.class)
record InvoicePatch(PartialBody<InvoiceRequest> body) {

    /** The draft with this patch applied, as a request to validate and compute. */
    InvoiceRequest applyTo(Invoice draft, List<InvoiceLine> lines) {
        InvoiceRequest values = body.values();
        // the stored place of supply and interstate flag came from the party; another party derives its own
        boolean sameParty = !body.names("party_id") || draft.partyId().equals(values.partyId());
        LocalDate invoiceDate = body.pick("invoice_date", values.invoiceDate(), draft.invoiceDate());
        return new InvoiceRequest(
                body.pick("party_id", values.partyId(), draft.partyId()),
                body.pick("invoice_type", values.invoiceType(), draft.invoiceType()),
                invoiceDate,
                body.pick("due_date", values.dueDate(), draft.dueDate() != null ? draft.dueDate() : InvoiceRequest.defaultDueDate(invoiceDate)),
                body.pick("place_of_supply", values.placeOfSupply(), sameParty ? draft.placeOfSupply() : null),
                body.pick("is_interstate", values.isInterstate(), sameParty ? draft.isInterstate() : null),
                values.isExport(),
                values.isRcm(),
                body.names("items") ? values.items() : lines.stream().map(InvoicePatch::line).toList(),
                body.pick("invoice_discount_percent", values.invoiceDiscountPercent(), draft.invoiceDiscountPercent()),
                body.pick("terms", values.terms(), draft.terms()),
                body.pick("notes", values.notes(), draft.notes()),
                status(values.status()), null, null, null);
    }

    /** The old clients' statuses: {@code sent} meant the invoice left the draft stage; paid and cancelled are not set by hand here. */
    private static String status(String asked) {
        return switch (asked) {
            case "sent" -> "issued";
            case "paid" -> throw ApiException.badRequest(
                    "status: paid cannot be set; an issued invoice becomes paid when payments settle it (POST /payments)");
            case "cancelled" -> throw ApiException.badRequest(
                    "status: a draft cannot be cancelled; delete it, or issue it and cancel it with POST /invoices/{id}/cancel");
            case null, default -> asked;
        };
    }

    private static InvoiceRequest.Line line(InvoiceLine l) {
        return new InvoiceRequest.Line(l.itemId(), l.itemName(), l.itemDescription(), l.hsnCode(), l.unit(), l.quantity(), l.unitPrice(),
                l.discountPercent(), l.taxRate(), l.cessRate(), l.taxInclusive());
    }

    @Singleton
    static final class Reader extends PartialBody.Reader<InvoiceRequest, InvoicePatch> {
        Reader() {
            super(InvoiceRequest.class, InvoicePatch::new);
        }
    }
}
