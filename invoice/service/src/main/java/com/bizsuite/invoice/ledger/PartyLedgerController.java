package com.bizsuite.invoice.ledger;

import com.bizsuite.business.api.Parties;
import com.bizsuite.platform.error.ApiException;
import com.bizsuite.platform.tenant.RequiresPermission;
import com.bizsuite.platform.tenant.Tenant;
import com.bizsuite.platform.web.DateParams;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code GET /api/v1/parties/{id}/ledger}: served by the invoice module, which owns the documents
 * that make up a ledger, so the business module needs nothing from this one (the service graph
 * stays acyclic: invoice → business).
 */
@Controller("/api/v1/parties")
@ExecuteOn(TaskExecutors.BLOCKING)
class PartyLedgerController {

    private final Parties parties;
    private final PartyLedger ledger;

    PartyLedgerController(Parties parties, PartyLedger ledger) {
        this.parties = parties;
        this.ledger = ledger;
    }

    @Get("/{id}/ledger")
    @RequiresPermission("party:read")
    PartyLedger.Statement ledger(Tenant tenant, UUID id, @Nullable @QueryValue String startDate, @Nullable @QueryValue String endDate) {
        LocalDate from = DateParams.parse("startDate", startDate);
        LocalDate to = DateParams.parse("endDate", endDate);
        if (from != null && to != null && to.isBefore(from)) {
            throw ApiException.badRequest("endDate: must not be before startDate");
        }
        return ledger.statement(tenant.businessId(), parties.find(tenant.businessId(), id).orElseThrow(() -> ApiException.notFound("Party")),
                from, to);
    }
}
