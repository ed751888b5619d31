package com.bizsuite.inventory.movements;

import com.bizsuite.inventory.stock.StockQueries;
import com.bizsuite.platform.idempotency.Idempotent;
import com.bizsuite.platform.security.CurrentUser;
import com.bizsuite.platform.tenant.RequiresPermission;
import com.bizsuite.platform.tenant.Tenant;
import com.bizsuite.platform.web.Paging;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import jakarta.validation.Valid;

import java.util.List;
import java.util.UUID;

@Controller("/api/v1/stock")
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(property = "bizsuite.inventory.served", notEquals = "false")
class StockController {

    private final AdjustmentGroups adjustments;
    private final StockQueries stock;
    private final StockSummary summary;
    private final com.bizsuite.inventory.items.ItemCatalog items;

    StockController(AdjustmentGroups adjustments, StockQueries stock, StockSummary summary, com.bizsuite.inventory.items.ItemCatalog items) {
        this.adjustments = adjustments;
        this.stock = stock;
        this.summary = summary;
        this.items = items;
    }

    @Post("/adjust")
    @RequiresPermission("inventory:adjust")
    @Idempotent
    HttpResponse<AdjustmentView> adjust(Tenant tenant, CurrentUser caller, @Body @Valid AdjustmentRequest request) {
        return HttpResponse.ok(adjustments.adjust(tenant.businessId(), caller.userId(), request));
    }

    @Get("/items/{itemId}/history")
    @RequiresPermission("inventory:read")
    HttpResponse<List<HistoryRow>> history(Tenant tenant, UUID itemId, @Nullable @QueryValue Integer page,
                                           @Nullable @QueryValue Integer limit) {
        items.get(tenant.businessId(), itemId);
        Paging paging = Paging.wholeUnlessLimited(page, limit);
        List<HistoryRow> rows = stock.history(tenant.businessId(), itemId, paging.offset(), paging.limit()).stream()
                .map(HistoryRow::of).toList();
        return Paging.respond(rows, stock.historyCount(tenant.businessId(), itemId));
    }

    @Get("/summary")
    @RequiresPermission("inventory:read")
    StockSummary.Summary summary(Tenant tenant) {
        return summary.of(tenant.businessId());
    }
}
