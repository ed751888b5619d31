package com.bizsuite.business.businesses;

import com.bizsuite.platform.idempotency.Idempotent;
import com.bizsuite.platform.security.Authenticated;
import com.bizsuite.platform.security.CurrentUser;
import com.bizsuite.platform.tenant.RequiresPermission;
import com.bizsuite.platform.web.ETags;
import com.bizsuite.platform.web.Paging;
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
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import jakarta.validation.Valid;

import java.util.List;
import java.util.UUID;

@Controller("/api/v1/businesses")
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(property = "bizsuite.business.served", notEquals = "false")
class BusinessController {

    private final Businesses businesses;

    BusinessController(Businesses businesses) {
        this.businesses = businesses;
    }

    @Post
    @Authenticated
    @Idempotent
    HttpResponse<BusinessView> create(CurrentUser caller, @Body @Valid BusinessDetails details) {
        Business business = businesses.create(caller.userId(), details);
        return HttpResponse.created(businesses.view(business)).header("ETag", ETags.of(business.version()));
    }

    @Get
    @Authenticated
    HttpResponse<List<BusinessView>> mine(CurrentUser caller, @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer limit) {
        Paging paging = Paging.wholeUnlessLimited(page, limit);
        return Paging.respond(businesses.pageOf(caller.userId(), paging).stream().map(businesses::view).toList(),
                businesses.countOf(caller.userId()));
    }

    @Get("/{id}")
    @RequiresPermission(value = "business:view", businessPath = "id")
    HttpResponse<BusinessView> get(UUID id) {
        Business business = businesses.get(id);
        return HttpResponse.ok(businesses.view(business)).header("ETag", ETags.of(business.version()));
    }

    @Patch("/{id}")
    @RequiresPermission(value = "business:update", businessPath = "id")
    HttpResponse<BusinessView> update(UUID id, CurrentUser caller, @Body @Valid BusinessDetails details,
                                      @Nullable @Header(ETags.IF_MATCH) String ifMatch) {
        Business business = businesses.update(id, caller.userId(), details, ifMatch);
        return HttpResponse.ok(businesses.view(business)).header("ETag", ETags.of(business.version()));
    }

    @Patch("/{id}/settings")
    @RequiresPermission(value = "business:settings", businessPath = "id")
    HttpResponse<BusinessView> updateSettings(UUID id, CurrentUser caller, @Body @Valid SettingsChange change,
                                              @Nullable @Header(ETags.IF_MATCH) String ifMatch) {
        Business business = businesses.update(id, caller.userId(), change.asDetails(), ifMatch);
        return HttpResponse.ok(businesses.view(business)).header("ETag", ETags.of(business.version()));
    }

    @Delete("/{id}")
    @RequiresPermission(value = "business:delete", businessPath = "id")
    HttpResponse<Void> delete(UUID id, CurrentUser caller) {
        businesses.delete(id, caller.userId());
        return HttpResponse.noContent();
    }
}
