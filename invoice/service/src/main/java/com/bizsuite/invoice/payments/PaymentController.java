package com.bizsuite.invoice.payments;

import com.bizsuite.platform.error.ApiException;
import com.bizsuite.platform.idempotency.Idempotent;
import com.bizsuite.platform.security.CurrentUser;
import com.bizsuite.platform.tenant.RequiresPermission;
import com.bizsuite.platform.tenant.Tenant;
import com.bizsuite.platform.web.DateParams;
import com.bizsuite.platform.web.ETags;
import com.bizsuite.platform.web.Paging;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
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
import jakarta.validation.Valid;

import java.util.List;
import java.util.UUID;

@Controller("/api/v1/payments")
@ExecuteOn(TaskExecutors.BLOCKING)
class PaymentController {

    private final PaymentBook payments;

    PaymentController(PaymentBook payments) {
        this.payments = payments;
    }

    @Post
    @RequiresPermission("payment:create")
    @Idempotent
    HttpResponse<PaymentView> record(Tenant tenant, CurrentUser caller, @Body @Valid PaymentRequest request) {
        PaymentBook.Written payment = payments.record(tenant.businessId(), caller.userId(), request);
        return HttpResponse.<PaymentView>status(HttpStatus.CREATED).body(payment.view()).header("ETag", ETags.of(payment.version()));
    }

    @Get
    @RequiresPermission("payment:read")
    PaymentList list(Tenant tenant, @Nullable @QueryValue UUID partyId, @Nullable @QueryValue UUID invoiceId,
                     @Nullable @QueryValue String transactionType, @Nullable @QueryValue String startDate,
                     @Nullable @QueryValue String endDate, @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer limit) {
        if (transactionType != null && !transactionType.matches("payment_in|payment_out")) {
            throw ApiException.badRequest("transactionType: must be payment_in or payment_out");
        }
        var filter = new PaymentBook.Filter(partyId, invoiceId, transactionType, DateParams.parse("startDate", startDate),
                DateParams.parse("endDate", endDate));
        return payments.page(tenant.businessId(), filter, Paging.of(page, limit == null ? 20 : limit));
    }

    @Get("/invoices/{invoiceId}")
    @RequiresPermission("payment:read")
    List<PaymentView> ofInvoice(Tenant tenant, UUID invoiceId) {
        return payments.page(tenant.businessId(), new PaymentBook.Filter(null, invoiceId, null, null, null), Paging.of(1, Paging.MAX_LIMIT))
                .payments();
    }

    @Get("/{id}")
    @RequiresPermission("payment:read")
    HttpResponse<PaymentView> get(Tenant tenant, UUID id) {
        return HttpResponse.ok(payments.get(tenant.businessId(), id)).header("ETag", ETags.of(payments.version(tenant.businessId(), id)));
    }

    @Patch("/{id}")
    @RequiresPermission("payment:update")
    HttpResponse<PaymentView> update(Tenant tenant, CurrentUser caller, UUID id, @Body PaymentPatch patch,
                                     @Nullable @Header(ETags.IF_MATCH) String ifMatch) {
        PaymentBook.Written payment = payments.update(tenant.businessId(), caller.userId(), id, patch, ifMatch);
        return HttpResponse.ok(payment.view()).header("ETag", ETags.of(payment.version()));
    }

    @Delete("/{id}")
    @RequiresPermission("payment:delete")
    HttpResponse<Void> delete(Tenant tenant, CurrentUser caller, UUID id) {
        payments.delete(tenant.businessId(), caller.userId(), id);
        return HttpResponse.noContent();
    }
}
