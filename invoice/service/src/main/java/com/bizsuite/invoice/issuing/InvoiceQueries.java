package com.bizsuite.invoice.issuing;

import com.bizsuite.business.api.Settings;
import com.bizsuite.invoice.numbering.DocumentNumbers;
import com.bizsuite.invoice.numbering.FinancialYear;
import com.bizsuite.invoice.numbering.NumberFormat;
import com.bizsuite.platform.web.ListResponses;
import com.bizsuite.platform.web.Paging;
import com.bizsuite.platform.web.SearchTerms;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Lists of invoices (lines fetched in one query per page) and the form defaults of a new invoice. */
@Singleton
class InvoiceQueries {

    record Filter(UUID partyId, String type, String paymentStatus, String status, LocalDate from, LocalDate to, String search) {
    }

    /** Ours, then the old system's three camelCase keys (its {@code defaultStatus} was draft; ours is what a create without status does). */
    @Serdeable
    record FormDefaults(String invoiceType, LocalDate invoiceDate, LocalDate dueDate, String financialYear, String invoiceNumberPreview,
                        boolean numberIsPreview, String placeOfSupply, String roundOff, String status,
                        @JsonProperty("defaultInvoiceType") String defaultInvoiceType, @JsonProperty("defaultStatus") String defaultStatus,
                        @JsonProperty("defaultPaymentStatus") String defaultPaymentStatus) {
    }

    private static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");

    private final InvoiceRepository invoices;
    private final InvoiceLineRepository lines;
    private final InvoiceBook book;
    private final DocumentNumbers numbers;
    private final Clock clock;

    InvoiceQueries(InvoiceRepository invoices, InvoiceLineRepository lines, InvoiceBook book, DocumentNumbers numbers, Clock clock) {
        this.invoices = invoices;
        this.lines = lines;
        this.book = book;
        this.numbers = numbers;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    ListResponses.Listing page(UUID businessId, Filter f, Paging paging) {
        List<Invoice> page = invoices.page(businessId, f.partyId(), f.type(), f.paymentStatus(), f.status(), f.from(), f.to(), SearchTerms.likePattern(f.search()),
                paging.offset(), paging.limit());
        Map<UUID, List<InvoiceLine>> byInvoice = page.isEmpty() ? Map.of()
                : lines.ofInvoices(page.stream().map(Invoice::id).toList()).stream().collect(Collectors.groupingBy(InvoiceLine::invoiceId));
        List<InvoiceView> views = new ArrayList<>();
        for (Invoice invoice : page) {
            views.add(InvoiceView.of(invoice, byInvoice.getOrDefault(invoice.id(), List.of())));
        }
        long total = invoices.count(businessId, f.partyId(), f.type(), f.paymentStatus(), f.status(), f.from(), f.to(),
                SearchTerms.likePattern(f.search()));
        return ListResponses.Listing.object(new InvoiceList(views, total, paging.page(), paging.limit()), InvoiceList.class);
    }

    @Transactional(readOnly = true)
    FormDefaults formDefaults(UUID businessId, String type) {
        Settings settings = book.settingsOf(businessId);
        LocalDate today = LocalDate.now(clock.withZone(INDIA));
        String year = FinancialYear.of(today, settings.financialYearStartMonth());
        String preview = NumberFormat.format(InvoiceBook.prefix(settings, type), year, numbers.preview(businessId, type, year));
        return new FormDefaults(type, today, InvoiceRequest.defaultDueDate(today), year, preview, true, settings.stateCode(), settings.roundOff(),
                "issued", type, "issued", "unpaid");
    }
}
