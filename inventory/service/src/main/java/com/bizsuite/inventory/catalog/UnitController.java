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

@Controller("/api/v1/units")
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(property = "bizsuite.inventory.served", notEquals = "false")
class UnitController {

    private final Catalog catalog;

    UnitController(Catalog catalog) {
        this.catalog = catalog;
    }

    @Post
    @RequiresPermission("inventory:create")
    @Idempotent
    HttpResponse<Unit> create(Tenant tenant, CurrentUser caller, @Body @Valid UnitDetails details) {
        Unit unit = catalog.createUnit(tenant.businessId(), caller.userId(), details);
        return HttpResponse.created(unit).header("ETag", ETags.of(unit.version()));
    }

    @Get
    @RequiresPermission("inventory:read")
    List<Unit> list(Tenant tenant) {
        return catalog.units(tenant.businessId());
    }

    @Get("/{id}")
    @RequiresPermission("inventory:read")
    HttpResponse<Unit> get(Tenant tenant, UUID id) {
        Unit unit = catalog.unit(tenant.businessId(), id);
        return HttpResponse.ok(unit).header("ETag", ETags.of(unit.version()));
    }

    @Patch("/{id}")
    @RequiresPermission("inventory:update")
    HttpResponse<Unit> update(Tenant tenant, CurrentUser caller, UUID id, @Body @Valid UnitDetails details,
                              @Nullable @Header(ETags.IF_MATCH) String ifMatch) {
        Unit unit = catalog.updateUnit(tenant.businessId(), caller.userId(), id, details, ifMatch);
        return HttpResponse.ok(unit).header("ETag", ETags.of(unit.version()));
    }

    @Delete("/{id}")
    @RequiresPermission("inventory:delete")
    HttpResponse<Void> delete(Tenant tenant, CurrentUser caller, UUID id) {
        catalog.deleteUnit(tenant.businessId(), caller.userId(), id);
        return HttpResponse.noContent();
    }
}
