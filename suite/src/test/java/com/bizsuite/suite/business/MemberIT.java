package com.bizsuite.suite.business;

import com.bizsuite.testing.ApiResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.bizsuite.testing.ApiClient.bearer;
import static com.bizsuite.testing.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class MemberIT extends BusinessApiTest {

    private String members(String businessId) {
        return "/api/v1/businesses/" + businessId + "/users";
    }

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
        String permissions = members(business) + "/" + salesman.userId() + "/permissions";

        ApiResponse before = api().get(permissions, bearer(owner.accessToken()));
        assertThat(before.map()).containsKeys("userId", "businessId", "role", "permissionMode", "rolePermissions",
                "customRestrictions", "effectivePermissions", "permissionSummary");
        assertThat(before.text("permissionMode")).isEqualTo("role");

        ApiResponse changed = api().patch(permissions, object("permissions", Map.of("party:create", false, "party:delete", true)),
                bearer(owner.accessToken()));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.text("permissionMode")).isEqualTo("custom");
        assertThat(changed.at("effectivePermissions").toString()).contains("party:delete").doesNotContain("party:create");

        assertThat(api().post("/api/v1/parties", object("name", "A"), as(salesman, business)).status()).isEqualTo(403);
        String party = createParty(owner, business);
        assertThat(api().delete("/api/v1/parties/" + party, as(salesman, business)).status()).isEqualTo(204);

        assertThat(api().patch(permissions, object("permissions", Map.of("party:fly", true)), bearer(owner.accessToken())).status())
                .isEqualTo(400);
        ApiResponse reset = api().delete(permissions, bearer(owner.accessToken()));
        assertThat(reset.text("permissionMode")).isEqualTo("role");
        assertThat(api().post("/api/v1/parties", object("name", "C"), as(salesman, business)).status()).isEqualTo(201);
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
