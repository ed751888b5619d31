package com.bizsuite.invoice.issuing;

import com.bizsuite.invoice.numbering.NumberGaps;
import com.bizsuite.platform.error.ApiException;
import com.bizsuite.platform.idempotency.Idempotent;
import com.bizsuite.platform.security.CurrentUser;
import com.bizsuite.platform.tenant.RequiresPermission;
import com.bizsuite.platform.tenant.Tenant;
import com.bizsuite.platform.web.DateParams;
import com.bizsuite.platform.web.ETags;
import com.bizsuite.platform.web.ListResponses;
import com.bizsuite.platform.web.Paging;
import com.bizsuite.platform.web.SearchTerms;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;

import java.util.UUID;

@Controller("/api/v1/invoices")
@ExecuteOn(TaskExecutors.BLOCKING)
class InvoiceController {

    private final InvoiceBook book;
    private final IssueGroups issueGroups;
    private final InvoiceQueries queries;
    private final CreditNotes creditNotes;
    private final NumberGaps gaps;
    private final ListResponses lists;

    InvoiceController(InvoiceBook book, IssueGroups issueGroups, InvoiceQueries queries, CreditNotes creditNotes, NumberGaps gaps,
                      ListResponses lists) {
        this.book = book;
        this.issueGroups = issueGroups;
        this.queries = queries;
        this.creditNotes = creditNotes;
        this.gaps = gaps;
        this.lists = lists;
    }

    @Post
    @RequiresPermission("invoice:create")
    @Idempotent
    HttpResponse<InvoiceView> create(Tenant tenant, CurrentUser caller, @Body @Valid InvoiceRequest request) {
        return respond(HttpResponse.status(io.micronaut.http.HttpStatus.CREATED), issueGroups.create(tenant.businessId(), caller.userId(), request));
    }

    @Get
    @RequiresPermission("invoice:read")
    @ApiResponse(responseCode = "200", description = "A page of invoices with their lines",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InvoiceList.class)))
    HttpResponse<?> list(Tenant tenant, HttpRequest<?> request, @Nullable @QueryValue UUID partyId, @Nullable @QueryValue String invoiceType,
                     @Nullable @QueryValue String paymentStatus, @Nullable @QueryValue String status,
                     @Nullable @QueryValue String startDate, @Nullable @QueryValue String endDate, @Nullable @QueryValue String search,
                     @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer limit) {
        check("invoiceType", invoiceType, "sale|purchase|quotation|proforma|credit_note");
        check("paymentStatus", paymentStatus, "unpaid|partial|paid");
        check("status", status, "draft|issued|cancelled");
        var filter = new InvoiceQueries.Filter(partyId, invoiceType, paymentStatus, status, DateParams.parse("startDate", startDate),
                DateParams.parse("endDate", endDate), SearchTerms.of(search));
        Paging paging = Paging.of(page, limit == null ? 20 : limit);
        return lists.respond(tenant.businessId(), request, () -> queries.page(tenant.businessId(), filter, paging));
    }

    @Get("/new")
    @RequiresPermission("invoice:create")
    InvoiceQueries.FormDefaults formDefaults(Tenant tenant, @Nullable @QueryValue String invoiceType) {
        check("invoiceType", invoiceType, "sale|purchase|quotation|proforma");
        return queries.formDefaults(tenant.businessId(), invoiceType == null ? "sale" : invoiceType);
    }

    @Get("/number-gaps")
    @RequiresPermission("invoice:read")
    NumberGaps.Report numberGaps(Tenant tenant, @QueryValue String series, @QueryValue String fy) {
        check("series", series, "sale|purchase|quotation|proforma|credit_note");
        if (!fy.matches("\\d{4}(-\\d{2})?")) {
            throw ApiException.badRequest("fy: must be a financial year such as 2026-27");
        }
        return gaps.of(tenant.businessId(), series, fy);
    }

    @Post("/{id}/credit-notes")
    @RequiresPermission("invoice:create")
    @Idempotent
    HttpResponse<InvoiceView> creditNote(Tenant tenant, CurrentUser caller, UUID id, @Body @Valid CreditNoteRequest request) {
        return respond(HttpResponse.status(io.micronaut.http.HttpStatus.CREATED), creditNotes.create(tenant.businessId(), caller.userId(), id, request));
    }

    @Get("/{id}")
    @RequiresPermission("invoice:read")
    HttpResponse<InvoiceView> get(Tenant tenant, UUID id) {
        return respond(HttpResponse.ok(), book.read(tenant.businessId(), id));
    }

    @Patch("/{id}")
    @RequiresPermission("invoice:update")
    HttpResponse<InvoiceView> update(Tenant tenant, CurrentUser caller, UUID id, @Body InvoicePatch patch,
                                     @Nullable @Header(ETags.IF_MATCH) String ifMatch) {
        return respond(HttpResponse.ok(), issueGroups.update(tenant.businessId(), caller.userId(), id, patch, ifMatch));
    }

    @Delete("/{id}")
    @RequiresPermission("invoice:delete")
    HttpResponse<Void> delete(Tenant tenant, CurrentUser caller, UUID id) {
        book.deleteDraft(tenant.businessId(), caller.userId(), id);
        return HttpResponse.noContent();
    }

    @Post("/{id}/issue")
    @RequiresPermission("invoice:create")
    @Idempotent
    HttpResponse<InvoiceView> issue(Tenant tenant, CurrentUser caller, UUID id) {
        return respond(HttpResponse.ok(), issueGroups.issue(tenant.businessId(), caller.userId(), id));
    }

    @Post("/{id}/cancel")
    @RequiresPermission("invoice:cancel")
    @Idempotent
    HttpResponse<InvoiceView> cancel(Tenant tenant, CurrentUser caller, UUID id) {
        return respond(HttpResponse.ok(), book.cancel(tenant.businessId(), caller.userId(), id));
    }

    private static HttpResponse<InvoiceView> respond(io.micronaut.http.MutableHttpResponse<InvoiceView> response, InvoiceWithLines written) {
        return response.body(written.view()).header("ETag", ETags.of(written.invoice().version()));
    }

    private static void check(String name, String value, String allowed) {
        if (value != null && !value.matches(allowed)) {
            throw ApiException.badRequest(name + ": must be one of " + allowed.replace("|", ", "));
        }
    }
}
