package com.bizsuite.invoice.issuing;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.DelegatingDecoder;
import io.micronaut.serde.Deserializer;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * PATCH of a draft: each field the body names replaces the draft's, a JSON null included
 * ({@code "due_date": null} clears the due date); a field left out keeps its value. Without
 * {@code items} the draft's lines stay. The merged invoice is then validated as a new one is
 * ({@link InvoiceRequest}), so a null required field is a 400 naming it.
 *
 * @param values the body read as a request; a field it does not name is null here
 * @param named  the top-level JSON fields the body names
 */
@Serdeable.Deserializable(using = InvoicePatch.Reader.class)
@Schema(implementation = InvoiceRequest.class)
record InvoicePatch(InvoiceRequest values, Set<String> named) {

    /** The draft with this patch applied, as a request to validate and compute. */
    InvoiceRequest applyTo(Invoice draft, List<InvoiceLine> lines) {
        // the stored place of supply and interstate flag came from the party; another party derives its own
        boolean sameParty = !named.contains("party_id") || draft.partyId().equals(values.partyId());
        return new InvoiceRequest(
                pick("party_id", values.partyId(), draft.partyId()),
                pick("invoice_type", values.invoiceType(), draft.invoiceType()),
                pick("invoice_date", values.invoiceDate(), draft.invoiceDate()),
                pick("due_date", values.dueDate(), draft.dueDate()),
                pick("place_of_supply", values.placeOfSupply(), sameParty ? draft.placeOfSupply() : null),
                pick("is_interstate", values.isInterstate(), sameParty ? draft.isInterstate() : null),
                named.contains("items") ? values.items() : lines.stream().map(InvoicePatch::line).toList(),
                pick("invoice_discount_percent", values.invoiceDiscountPercent(), draft.invoiceDiscountPercent()),
                pick("terms", values.terms(), draft.terms()),
                pick("notes", values.notes(), draft.notes()),
                values.status());
    }

    private <T> T pick(String field, T given, T kept) {
        return named.contains(field) ? given : kept;
    }

    private static InvoiceRequest.Line line(InvoiceLine l) {
        return new InvoiceRequest.Line(l.itemId(), l.itemName(), l.hsnCode(), l.unit(), l.quantity(), l.unitPrice(), l.discountPercent(),
                l.taxRate(), l.cessRate(), l.taxInclusive());
    }

    /** Reads the body with the request's own deserializer (same types, same unknown-field rule), noting the fields it names. */
    @Singleton
    static final class Reader implements Deserializer<InvoicePatch> {

        private static final Argument<InvoiceRequest> REQUEST = Argument.of(InvoiceRequest.class);

        @Override
        public InvoicePatch deserialize(Decoder decoder, DecoderContext context, Argument<? super InvoicePatch> type) throws IOException {
            Set<String> named = new HashSet<>();
            InvoiceRequest values = context.findDeserializer(REQUEST).createSpecific(context, REQUEST)
                    .deserialize(new NamingDecoder(decoder, named, true), context, REQUEST);
            return new InvoicePatch(values, Set.copyOf(named));
        }
    }

    /** Passes everything through; the top-level object's decoder records each key it reads. */
    private static final class NamingDecoder extends DelegatingDecoder {

        private final Decoder delegate;
        private final Set<String> named;
        private final boolean outer;

        NamingDecoder(Decoder delegate, Set<String> named, boolean outer) {
            this.delegate = delegate;
            this.named = named;
            this.outer = outer;
        }

        @Override
        protected Decoder delegate() {
            return delegate;
        }

        @Override
        public Decoder decodeObject(Argument<?> type) throws IOException {
            return outer ? new NamingDecoder(delegate.decodeObject(type), named, false) : delegate.decodeObject(type);
        }

        @Override
        public Decoder decodeObject() throws IOException {
            return outer ? new NamingDecoder(delegate.decodeObject(), named, false) : delegate.decodeObject();
        }

        @Override
        public String decodeKey() throws IOException {
            String key = delegate.decodeKey();
            if (!outer && key != null) {
                named.add(key);
            }
            return key;
        }

        @Override
        public IOException createDeserializationException(String message, Object invalidValue) {
            return delegate.createDeserializationException(message, invalidValue);
        }
    }
}
