package com.bizsuite.invoice.pdf;

import com.bizsuite.business.api.Parties;
import com.bizsuite.business.api.PartySummary;
import com.bizsuite.invoice.issuing.Invoice;
import com.bizsuite.invoice.issuing.InvoiceBook;
import com.bizsuite.platform.tenant.RequiresPermission;
import com.bizsuite.platform.tenant.Tenant;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.util.UUID;

@Controller("/api/v1/invoices")
@ExecuteOn(TaskExecutors.BLOCKING)
class InvoicePdfController {

    private final InvoiceBook invoices;
    private final Parties parties;
    private final InvoicePdfRenderer renderer;

    InvoicePdfController(InvoiceBook invoices, Parties parties, InvoicePdfRenderer renderer) {
        this.invoices = invoices;
        this.parties = parties;
        this.renderer = renderer;
    }

    @Get("/{id}/pdf")
    @Produces(MediaType.APPLICATION_PDF)
    @RequiresPermission("invoice:export")
    HttpResponse<byte[]> pdf(Tenant tenant, UUID id) {
        Invoice invoice = invoices.get(tenant.businessId(), id);
        PartySummary buyer = parties.find(tenant.businessId(), invoice.partyId())
                .orElse(new PartySummary(invoice.partyId(), invoice.partyName(), "customer", invoice.partyGstin(), invoice.placeOfSupply(),
                        java.math.BigDecimal.ZERO, "debit", null, null, invoice.createdAt()));
        byte[] pdf = renderer.render(invoices.view(invoice), invoices.settingsOf(tenant.businessId()), buyer);
        String name = (invoice.invoiceNumber() == null ? "draft-" + invoice.id() : invoice.invoiceNumber().replace('/', '-')) + ".pdf";
        return HttpResponse.ok(pdf).contentType(MediaType.APPLICATION_PDF_TYPE).header("Content-Disposition", "inline; filename=\"" + name + "\"");
    }
}
