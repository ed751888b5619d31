package com.bizsuite.inventory.catalog;

import com.bizsuite.platform.idempotency.Idempotent;
import com.bizsuite.platform.security.CurrentUser;
import com.bizsuite.platform.tenant.RequiresPermission;
import com.bizsuite.platform.tenant.Tenant;
import com.bizsuite.platform.web.ETags;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import jakarta.validation.Valid;

import java.util.List;
import java.util.UUID;

@Controller("/api/v1/categories")
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(property = "bizsuite.inventory.served", notEquals = "false")
class CategoryController {

    private final Catalog catalog;

    CategoryController(Catalog catalog) {
        this.catalog = catalog;
    }

    @Post
    @RequiresPermission("inventory:create")
    @Idempotent
    HttpResponse<Category> create(Tenant tenant, CurrentUser caller, @Body @Valid CategoryDetails details) {
        Category category = catalog.createCategory(tenant.businessId(), caller.userId(), details);
        return HttpResponse.created(category).header("ETag", ETags.of(category.version()));
    }

    @Get
    @RequiresPermission("inventory:read")
    List<Category> list(Tenant tenant) {
        return catalog.categories(tenant.businessId());
    }

    @Get("/{id}")
    @RequiresPermission("inventory:read")
    HttpResponse<Category> get(Tenant tenant, UUID id) {
        Category category = catalog.category(tenant.businessId(), id);
        return HttpResponse.ok(category).header("ETag", ETags.of(category.version()));
    }

    @Patch("/{id}")
    @RequiresPermission("inventory:update")
    HttpResponse<Category> update(Tenant tenant, CurrentUser caller, UUID id, @Body @Valid CategoryDetails details,
                              @Nullable @Header(ETags.IF_MATCH) String ifMatch) {
        Category category = catalog.updateCategory(tenant.businessId(), caller.userId(), id, details, ifMatch);
        return HttpResponse.ok(category).header("ETag", ETags.of(category.version()));
    }

    @Delete("/{id}")
    @RequiresPermission("inventory:delete")
    HttpResponse<Void> delete(Tenant tenant, CurrentUser caller, UUID id) {
        catalog.deleteCategory(tenant.businessId(), caller.userId(), id);
        return HttpResponse.noContent();
    }
}
