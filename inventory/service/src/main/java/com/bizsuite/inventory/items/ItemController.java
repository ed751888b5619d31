package com.bizsuite.inventory.items;

import com.bizsuite.platform.idempotency.Idempotent;
import com.bizsuite.platform.security.CurrentUser;
import com.bizsuite.platform.tenant.RequiresPermission;
import com.bizsuite.platform.tenant.Tenant;
import com.bizsuite.platform.web.ETags;
import com.bizsuite.platform.web.ListResponses;
import com.bizsuite.platform.web.Paging;
import com.bizsuite.platform.web.SearchTerms;
import io.micronaut.context.annotation.Requires;
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
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;

import java.util.List;
import java.util.UUID;

@Controller("/api/v1/items")
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(property = "bizsuite.inventory.served", notEquals = "false")
class ItemController {

    private final ItemCatalog items;
    private final ListResponses lists;

    ItemController(ItemCatalog items, ListResponses lists) {
        this.items = items;
        this.lists = lists;
    }

    @Post
    @RequiresPermission("inventory:create")
    @Idempotent
    HttpResponse<ItemView> create(Tenant tenant, CurrentUser caller, @Body @Valid ItemDetails details) {
        Item item = items.create(tenant.businessId(), caller.userId(), details);
        return HttpResponse.created(items.view(item)).header("ETag", ETags.of(item.version()));
    }

    @Get
    @RequiresPermission("inventory:read")
    @ApiResponse(responseCode = "200", description = "A page of items with their stock; X-Total-Count carries the total",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, array = @ArraySchema(schema = @Schema(implementation = ItemView.class))))
    HttpResponse<?> list(Tenant tenant, HttpRequest<?> request, @Nullable @QueryValue UUID categoryId, @Nullable @QueryValue String search,
                         @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer limit) {
        String term = SearchTerms.of(search);
        Paging paging = Paging.wholeUnlessLimited(page, limit);
        return lists.respond(tenant.businessId(), request, () -> items.page(tenant.businessId(), categoryId, term, paging));
    }

    @Get("/low-stock")
    @RequiresPermission("inventory:read")
    List<LowStockItem> lowStock(Tenant tenant) {
        return items.lowStock(tenant.businessId());
    }

    @Get("/{id}")
    @RequiresPermission("inventory:read")
    HttpResponse<ItemView> get(Tenant tenant, UUID id) {
        Item item = items.get(tenant.businessId(), id);
        return HttpResponse.ok(items.view(item)).header("ETag", ETags.of(item.version()));
    }

    @Patch("/{id}")
    @RequiresPermission("inventory:update")
    HttpResponse<ItemView> update(Tenant tenant, CurrentUser caller, UUID id, @Body @Valid ItemDetails details,
                                  @Nullable @Header(ETags.IF_MATCH) String ifMatch) {
        Item item = items.update(tenant.businessId(), caller.userId(), id, details, ifMatch);
        return HttpResponse.ok(items.view(item)).header("ETag", ETags.of(item.version()));
    }

    @Delete("/{id}")
    @RequiresPermission("inventory:delete")
    HttpResponse<Void> delete(Tenant tenant, CurrentUser caller, UUID id) {
        items.delete(tenant.businessId(), caller.userId(), id);
        return HttpResponse.noContent();
    }
}
