package com.bizsuite.business.members;

import com.bizsuite.platform.idempotency.Idempotent;
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
import java.util.Map;
import java.util.UUID;

/**
 * Members of a business. The old system served these without the /api/v1 prefix and the web
 * client calls them with it, so both paths are served.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(property = "bizsuite.business.served", notEquals = "false")
class MemberController {

    private static final String MEMBERS = "/api/v1/businesses/{id}/users";
    private static final String MEMBERS_OLD = "/businesses/{id}/users";
    private static final String MEMBER = MEMBERS + "/{userId}";
    private static final String MEMBER_OLD = MEMBERS_OLD + "/{userId}";

    private final Members members;

    MemberController(Members members) {
        this.members = members;
    }

    @Post(uris = {MEMBERS, MEMBERS_OLD})
    @RequiresPermission(value = "user:invite", businessPath = "id")
    @Idempotent
    HttpResponse<MemberView> add(UUID id, CurrentUser caller, @Body @Valid AddMemberRequest request) {
        return HttpResponse.created(members.add(id, caller.userId(), request));
    }

    @Get(uris = {MEMBERS, MEMBERS_OLD})
    @RequiresPermission(value = "user:view", businessPath = "id")
    HttpResponse<List<MemberView>> list(UUID id, @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer limit) {
        Paging paging = Paging.wholeUnlessLimited(page, limit);
        return Paging.respond(members.page(id, paging), members.count(id));
    }

    @Get(uris = {MEMBER, MEMBER_OLD})
    @RequiresPermission(value = "user:view", businessPath = "id")
    HttpResponse<MemberView> get(UUID id, UUID userId) {
        Member member = members.get(id, userId);
        return HttpResponse.ok(members.view(member)).header("ETag", ETags.of(member.version()));
    }

    @Delete(uris = {MEMBER, MEMBER_OLD})
    @RequiresPermission(value = "user:remove", businessPath = "id")
    HttpResponse<Void> remove(UUID id, UUID userId, CurrentUser caller) {
        members.remove(id, caller.userId(), userId);
        return HttpResponse.noContent();
    }

    @Patch(uris = {MEMBER + "/role", MEMBER_OLD + "/role"})
    @RequiresPermission(value = "user:update_role", businessPath = "id")
    HttpResponse<MemberView> changeRole(UUID id, UUID userId, CurrentUser caller, @Body @Valid RoleChange change,
                                        @Nullable @Header(ETags.IF_MATCH) String ifMatch) {
        Member member = members.changeRole(id, caller.userId(), userId, change.role(), ifMatch);
        return HttpResponse.ok(members.view(member)).header("ETag", ETags.of(member.version()));
    }

    @Get(uris = {MEMBER + "/permissions", MEMBER_OLD + "/permissions"})
    @RequiresPermission(value = "user:view", businessPath = "id")
    MemberPermissionsView permissions(UUID id, UUID userId) {
        return members.permissionsView(members.get(id, userId));
    }

    @Patch(uris = {MEMBER + "/permissions", MEMBER_OLD + "/permissions"})
    @RequiresPermission(value = "user:assign", businessPath = "id")
    HttpResponse<MemberView> changePermissions(UUID id, UUID userId, CurrentUser caller, @Body @Valid OverridesChange change) {
        Member member = members.replaceOverrides(id, caller.userId(), userId, change.overrides());
        return HttpResponse.ok(members.view(member)).header("ETag", ETags.of(member.version()));
    }

    @Delete(uris = {MEMBER + "/permissions", MEMBER_OLD + "/permissions"})
    @RequiresPermission(value = "user:assign", businessPath = "id")
    HttpResponse<MemberView> resetPermissions(UUID id, UUID userId, CurrentUser caller) {
        Member member = members.replaceOverrides(id, caller.userId(), userId, Map.of());
        return HttpResponse.ok(members.view(member)).header("ETag", ETags.of(member.version()));
    }
}
