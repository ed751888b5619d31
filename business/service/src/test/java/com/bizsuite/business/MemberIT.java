package com.bizsuite.business;

import com.bizsuite.testing.ApiResponse;
import com.bizsuite.testing.BusinessApiFixture;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.bizsuite.testing.ApiClient.bearer;
import static com.bizsuite.testing.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class MemberIT extends BusinessApiFixture {

    @Test
    void aMemberIsAddedByPhoneEvenBeforeTheirFirstLogin() {
        LoggedIn owner = newUser();
        String business = createBusiness(owner);
        String phone = newPhone();
        ApiResponse added = api().post(members(business), object("phone", phone, "role", "salesman"), bearer(owner.accessToken()));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(added.map()).containsEntry("role", "salesman").containsEntry("status", "active").containsEntry("phone", phone)
                .containsKeys("id", "business_id", "user_id", "permissions", "invited_at", "invited_by", "created_at", "updated_at");
        assertThat(added.at("joined_at")).as("not yet logged in").isNull();

        LoggedIn salesman = login(phone);
        assertThat(salesman.userId()).isEqualTo(added.text("user_id"));
        ApiResponse mine = api().get("/api/v1/users/me/businesses", bearer(salesman.accessToken()));
        assertThat(mine.at("businesses")).asList().singleElement()
                .satisfies(b -> assertThat(((Map<?, ?>) b).get("role")).isEqualTo("salesman"));

        assertThat(api().post(members(business), object("phone", phone, "role", "viewer"), bearer(owner.accessToken())).status())
                .as("already a member").isEqualTo(409);
    }

    @Test
    void bothThePrefixedAndTheOldPathsServeMembers() {
        LoggedIn owner = newUser();
        String business = createBusiness(owner);
        member(business, owner, "viewer");
        ApiResponse prefixed = api().get(members(business), bearer(owner.accessToken()));
        ApiResponse old = api().get("/businesses/" + business + "/users", bearer(owner.accessToken()));
        assertThat(prefixed.list()).hasSize(2);
        assertThat(old.list()).hasSize(2);
        assertThat(prefixed.header("x-total-count")).isEqualTo("2");
    }

    @Test
    void onlyAnOwnerMakesAnOwner() {
        LoggedIn owner = newUser();
        String business = createBusiness(owner);
        LoggedIn admin = member(business, owner, "admin");
        LoggedIn clerk = member(business, owner, "employee");

        assertThat(api().post(members(business), object("phone", newPhone(), "role", "owner"), bearer(admin.accessToken())).status())
                .isEqualTo(403);
        assertThat(api().patch(members(business) + "/" + clerk.userId() + "/role", object("role", "owner"), bearer(admin.accessToken())).status())
                .isEqualTo(403);
        assertThat(api().patch(members(business) + "/" + owner.userId() + "/role", object("role", "viewer"), bearer(admin.accessToken())).status())
                .as("an admin cannot demote an owner").isEqualTo(403);
        assertThat(api().delete(members(business) + "/" + owner.userId(), bearer(admin.accessToken())).status()).isEqualTo(403);

        ApiResponse promoted = api().patch(members(business) + "/" + clerk.userId() + "/role", object("role", "owner"), bearer(owner.accessToken()));
        assertThat(promoted.status()).isEqualTo(200);
        assertThat(promoted.text("role")).isEqualTo("owner");
        assertThat(api().patch(members(business) + "/" + clerk.userId() + "/role", object("role", "superadmin"), bearer(owner.accessToken())).status())
                .as("no superadmin role").isEqualTo(400);
    }

    @Test
    void theLastOwnerStays() {
        LoggedIn owner = newUser();
        String business = createBusiness(owner);
        ApiResponse demote = api().patch(members(business) + "/" + owner.userId() + "/role", object("role", "admin"), bearer(owner.accessToken()));
        assertThat(demote.status()).isEqualTo(409);
        assertThat(api().delete(members(business) + "/" + owner.userId(), bearer(owner.accessToken())).status()).isEqualTo(409);

        LoggedIn second = member(business, owner, "owner");
        assertThat(api().patch(members(business) + "/" + owner.userId() + "/role", object("role", "admin"), bearer(second.accessToken())).status())
                .as("with two owners one may step down").isEqualTo(200);
        assertThat(api().delete(members(business) + "/" + second.userId(), bearer(second.accessToken())).status())
                .as("now the last owner again").isEqualTo(409);
    }

    @Test
    void aRemovedMemberLosesAccessAtOnce() {
        LoggedIn owner = newUser();
        String business = createBusiness(owner);
        LoggedIn accountant = member(business, owner, "accountant");
        assertThat(api().get("/api/v1/parties", as(accountant, business)).status()).isEqualTo(200);

        assertThat(api().delete(members(business) + "/" + accountant.userId(), bearer(owner.accessToken())).status()).isEqualTo(204);
        assertThat(api().get("/api/v1/parties", as(accountant, business)).status()).isEqualTo(403);
        assertThat(api().get(members(business) + "/" + accountant.userId(), bearer(owner.accessToken())).status()).isEqualTo(404);
    }

    @Test
    void aRoleChangeTakesEffectAtOnce() {
        LoggedIn owner = newUser();
        String business = createBusiness(owner);
        LoggedIn user = member(business, owner, "salesman");
        assertThat(api().post("/api/v1/parties", object("name", "A"), as(user, business)).status()).isEqualTo(201);
        api().patch(members(business) + "/" + user.userId() + "/role", object("role", "viewer"), bearer(owner.accessToken()));
        assertThat(api().post("/api/v1/parties", object("name", "B"), as(user, business)).status()).isEqualTo(403);
    }

    @Test
    void overridesRemoveAndAddPermissions() {
        LoggedIn owner = newUser();
        String business = createBusiness(owner);
        LoggedIn salesman = member(business, owner, "salesman");
        String permissions = permissionsOf(salesman, business);

        ApiResponse before = api().get(permissions, bearer(owner.accessToken()));
        assertThat(before.map()).containsKeys("userId", "businessId", "role", "permissionMode", "rolePermissions",
                "customRestrictions", "effectivePermissions", "permissionSummary");
        assertThat(before.text("permissionMode")).isEqualTo("role_defaults");
        assertThat(before.at("permissionSummary")).isEqualTo(Map.of("total", 9, "allowed", 9, "restricted", 0, "fromRole", 9,
                "custom", 0, "granted", 9, "customized", 0));

        ApiResponse changed = api().patch(permissions, object("permissions", Map.of("party:create", false, "party:delete", true)),
                bearer(owner.accessToken()));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.map()).as("the member row, as the old system answered").containsEntry("user_id", salesman.userId())
                .containsEntry("role", "salesman").containsEntry("permissions", Map.of("party:create", false, "party:delete", true));
        assertThat(changed.header("etag")).isNotBlank();
        ApiResponse after = api().get(permissions, bearer(owner.accessToken()));
        assertThat(after.text("permissionMode")).isEqualTo("custom");
        assertThat(after.at("effectivePermissions").toString()).contains("party:delete").doesNotContain("party:create");
        assertThat(after.at("permissionSummary")).isEqualTo(Map.of("total", 9, "allowed", 9, "restricted", 1, "fromRole", 8,
                "custom", 2, "granted", 9, "customized", 2));

        assertThat(api().post("/api/v1/parties", object("name", "A"), as(salesman, business)).status()).isEqualTo(403);
        String party = createParty(owner, business);
        assertThat(api().delete("/api/v1/parties/" + party, as(salesman, business)).status()).isEqualTo(204);

        assertThat(api().patch(permissions, object("permissions", Map.of("party:fly", true)), bearer(owner.accessToken())).status())
                .isEqualTo(400);
        ApiResponse reset = api().delete(permissions, bearer(owner.accessToken()));
        assertThat(reset.status()).isEqualTo(200);
        assertThat(reset.at("permissions")).isEqualTo(Map.of());
        assertThat(api().get(permissions, bearer(owner.accessToken())).text("permissionMode")).isEqualTo("role_defaults");
        assertThat(api().post("/api/v1/parties", object("name", "C"), as(salesman, business)).status()).isEqualTo(201);
    }

    @Test
    void aPatchReplacesTheOverridesAndNullResetsThem() {
        LoggedIn owner = newUser();
        String business = createBusiness(owner);
        LoggedIn accountant = member(business, owner, "accountant");
        String permissions = permissionsOf(accountant, business);

        api().patch(permissions, object("permissions", Map.of("party:create", false, "party:update", false)), bearer(owner.accessToken()));
        assertThat(api().post("/api/v1/parties", object("name", "A"), as(accountant, business)).status()).isEqualTo(403);

        ApiResponse unrestricted = api().patch(permissions, object("permissions", Map.of("party:update", false)), bearer(owner.accessToken()));
        assertThat(unrestricted.at("permissions")).as("a key left out is no longer restricted").isEqualTo(Map.of("party:update", false));
        assertThat(api().post("/api/v1/parties", object("name", "B"), as(accountant, business)).status()).isEqualTo(201);

        ApiResponse nulled = api().patch(permissions, "{\"permissions\": null}", bearer(owner.accessToken()));
        assertThat(nulled.status()).as(nulled.toString()).isEqualTo(200);
        assertThat(nulled.at("permissions")).isEqualTo(Map.of());
        assertThat(api().get(permissions, bearer(owner.accessToken())).text("permissionMode")).isEqualTo("role_defaults");

        api().patch(permissions, object("permissions", Map.of("party:create", false)), bearer(owner.accessToken()));
        assertThat(api().patch(permissions, Map.of(), bearer(owner.accessToken())).at("permissions"))
                .as("no permissions at all also resets").isEqualTo(Map.of());
        assertThat(api().post("/api/v1/parties", object("name", "C"), as(accountant, business)).status()).isEqualTo(201);

        assertThat(api().patch(permissionsOf(owner, business), object("permissions", Map.of("invoice:delete", false)),
                bearer(owner.accessToken())).status())
                .as("an owner is never restricted").isEqualTo(409);
    }

    @Test
    void memberRoutesNeedTheirPermissions() {
        LoggedIn owner = newUser();
        String business = createBusiness(owner);
        LoggedIn viewer = member(business, owner, "viewer");
        assertThat(api().get(members(business), bearer(viewer.accessToken())).status()).isEqualTo(403);
        assertThat(api().post(members(business), object("phone", newPhone(), "role", "viewer"), bearer(viewer.accessToken())).status())
                .isEqualTo(403);
        ApiResponse badRole = api().post(members(business), object("phone", newPhone(), "role", "god"), bearer(owner.accessToken()));
        assertThat(badRole.status()).isEqualTo(400);
        assertThat(badRole.at("message")).asList().singleElement().asString().startsWith("role:");
    }
}
