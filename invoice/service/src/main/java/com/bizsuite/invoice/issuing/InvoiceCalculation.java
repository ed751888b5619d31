package com.bizsuite.invoice.issuing;

import com.bizsuite.business.api.PartySummary;
import com.bizsuite.business.api.Settings;
import com.bizsuite.invoice.gst.ComputedInvoice;
import com.bizsuite.invoice.gst.GstCalculator;
import com.bizsuite.invoice.gst.GstInput;
import com.bizsuite.invoice.gst.LineInput;
import com.bizsuite.invoice.gst.LineTax;
import com.bizsuite.inventory.api.ItemSummary;
import com.bizsuite.inventory.api.Items;
import com.bizsuite.platform.error.ApiException;
import com.bizsuite.platform.gst.GstRates;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Turns a request into computed lines: fills a line from its catalogue item where the client left
 * fields out, checks rates, derives the place of supply from the party, and runs the GST engine.
 */
@Singleton
class InvoiceCalculation {

    record Result(ComputedInvoice amounts, List<InvoiceLine> lines) {
    }

    private final Items items;
    private final GstRates rates;

    InvoiceCalculation(Items items, GstRates rates) {
        this.items = items;
        this.rates = rates;
    }

    /** The catalogue items the lines of these requests name, read in one query. */
    Map<UUID, ItemSummary> catalogueOf(UUID businessId, List<InvoiceRequest> requests) {
        return items.findAll(businessId, requests.stream().flatMap(r -> r.items().stream()).map(InvoiceRequest.Line::itemId)
                .filter(Objects::nonNull).distinct().toList());
    }

    Result compute(UUID invoiceId, UUID businessId, Settings settings, PartySummary party, InvoiceRequest request) {
        return compute(invoiceId, settings, party, request, catalogueOf(businessId, List.of(request)));
    }

    /** {@code catalogue} holds at least the items the request's lines name. */
    Result compute(UUID invoiceId, Settings settings, PartySummary party, InvoiceRequest request, Map<UUID, ItemSummary> catalogue) {
        List<InvoiceRequest.Line> given = request.items();
        List<LineInput> inputs = new ArrayList<>();
        List<String[]> descriptions = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            InvoiceRequest.Line line = given.get(i);
            String field = "items[" + i + "]";
            ItemSummary item = line.itemId() == null ? null : catalogue.get(line.itemId());
            if (line.itemId() != null && item == null) {
                throw ApiException.badRequest(field + ".item_id: no such item");
            }
            String name = line.itemName() != null ? line.itemName().strip() : item != null ? item.name() : null;
            if (name == null || name.isBlank()) {
                throw ApiException.badRequest(field + ".item_name: required when the line has no item_id");
            }
            // without an item the old clients leave the rate out for an untaxed line, as the old system's default 0 had it
            BigDecimal rate = line.taxRate() != null ? line.taxRate() : item != null ? item.taxRate() : BigDecimal.ZERO;
            inputs.add(new LineInput(line.quantity(), line.unitPrice(), or(line.discountPercent(), BigDecimal.ZERO),
                    rates.validate(field + ".tax_rate", rate),
                    or(line.cessRate(), item != null ? item.cessRate() : BigDecimal.ZERO),
                    line.taxInclusive() != null ? line.taxInclusive() : item != null && item.taxInclusive()));
            descriptions.add(new String[]{name,
                    line.hsnCode() != null ? line.hsnCode() : item == null ? null : item.hsnCode() != null ? item.hsnCode() : item.sacCode(),
                    line.unit() != null ? line.unit() : item == null ? null : item.unit(), line.itemDescription()});
        }
        GstInput input = new GstInput(settings.stateCode(), party.stateCode() != null ? party.stateCode() : request.placeOfSupply(),
                request.isInterstate(), request.invoiceDiscountPercent(),
                "off".equals(settings.roundOff()) ? GstInput.RoundOff.OFF : GstInput.RoundOff.NEAREST_RUPEE, inputs);
        ComputedInvoice amounts = GstCalculator.compute(input);
        List<InvoiceLine> lines = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            lines.add(line(invoiceId, i + 1, given.get(i).itemId(), null, descriptions.get(i), inputs.get(i), amounts.lines().get(i)));
        }
        return new Result(amounts, lines);
    }

    /** {@code description}: name, HSN/SAC code, unit, description. */
    static InvoiceLine line(UUID invoiceId, int lineNo, UUID itemId, UUID originalItemId, String[] description, LineInput in, LineTax tax) {
        return new InvoiceLine(UUID.randomUUID(), invoiceId, lineNo, itemId, originalItemId, description[0], description[3], description[1],
                description[2], in.quantity().setScale(3), in.unitPrice().setScale(2), in.discountPercent().setScale(2), in.taxRate().setScale(2),
                in.cessRate().setScale(2), in.taxInclusive(), tax.gross(), tax.discount(), tax.taxable(), tax.cgstRate(), tax.sgstRate(),
                tax.igstRate(), tax.cgst(), tax.sgst(), tax.igst(), tax.cess(), tax.total(), new BigDecimal("0.000"));
    }

    private static BigDecimal or(BigDecimal value, BigDecimal fallback) {
        return value == null ? fallback : value;
    }
}
