package com.bizsuite.business.parties;

import com.bizsuite.platform.error.ApiException;
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

@Controller("/api/v1/parties")
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(property = "bizsuite.business.served", notEquals = "false")
class PartyController {

    private final PartyBook parties;
    private final ListResponses lists;

    PartyController(PartyBook parties, ListResponses lists) {
        this.parties = parties;
        this.lists = lists;
    }

    @Post
    @RequiresPermission("party:create")
    @Idempotent
    HttpResponse<PartyView> create(Tenant tenant, CurrentUser caller, @Body @Valid PartyDetails details) {
        Party party = parties.create(tenant.businessId(), caller.userId(), details);
        return HttpResponse.created(parties.view(party)).header("ETag", ETags.of(party.version()));
    }

    @Get
    @RequiresPermission("party:read")
    @ApiResponse(responseCode = "200", description = "A page of parties; X-Total-Count carries the total",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, array = @ArraySchema(schema = @Schema(implementation = PartyView.class))))
    HttpResponse<?> list(Tenant tenant, HttpRequest<?> request, @Nullable @QueryValue String type, @Nullable @QueryValue String search,
                         @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer limit) {
        if (type != null && !type.matches("customer|supplier|both")) {
            throw ApiException.badRequest("type: must be one of customer, supplier, both");
        }
        String term = SearchTerms.of(search);
        Paging paging = Paging.wholeUnlessLimited(page, limit);
        return lists.respond(tenant.businessId(), request, () -> parties.page(tenant.businessId(), type, term, paging));
    }

    @Get("/{id}")
    @RequiresPermission("party:read")
    HttpResponse<PartyView> get(Tenant tenant, UUID id) {
        Party party = parties.get(tenant.businessId(), id);
        return HttpResponse.ok(parties.view(party)).header("ETag", ETags.of(party.version()));
    }

    @Patch("/{id}")
    @RequiresPermission("party:update")
    HttpResponse<PartyView> update(Tenant tenant, CurrentUser caller, UUID id, @Body @Valid PartyDetails details,
                                   @Nullable @Header(ETags.IF_MATCH) String ifMatch) {
        Party party = parties.update(tenant.businessId(), caller.userId(), id, details, ifMatch);
        return HttpResponse.ok(parties.view(party)).header("ETag", ETags.of(party.version()));
    }

    @Delete("/{id}")
    @RequiresPermission("party:delete")
    HttpResponse<Void> delete(Tenant tenant, CurrentUser caller, UUID id) {
        parties.delete(tenant.businessId(), caller.userId(), id);
        return HttpResponse.noContent();
    }
}
