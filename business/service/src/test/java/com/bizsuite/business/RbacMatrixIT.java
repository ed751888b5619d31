package com.bizsuite.business;

import com.bizsuite.testing.ApiResponse;
import com.bizsuite.testing.BusinessApiFixture;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;

import static com.bizsuite.testing.ApiClient.bearer;
import static com.bizsuite.testing.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * All six roles against the contract's role matrix: every permission through the permissions
 * endpoint, and every permission that has a route today through that route (allowed: not 403;
 * refused: 403).
 */
@MicronautTest(transactional = false)
class RbacMatrixIT extends BusinessApiFixture {

    private static final Set<String> ALL = Set.of(
            "business:view", "business:update", "business:delete", "business:settings",
            "user:invite", "user:assign", "user:remove", "user:update_role", "user:view",
            "invoice:create", "invoice:read", "invoice:update", "invoice:delete", "invoice:cancel", "invoice:export",
            "party:create", "party:read", "party:update", "party:delete",
            "inventory:create", "inventory:read", "inventory:update", "inventory:delete", "inventory:adjust",
            "payment:create", "payment:read", "payment:update", "payment:delete",
            "report:view", "report:gst", "report:export", "report:financial", "audit:view");

    /** The table of API-COMPAT.md, written out independently of the code under test. */
    private static final Map<String, Set<String>> CONTRACT = Map.of(
            "owner", ALL,
            "admin", minus(ALL, "business:update", "business:delete", "payment:delete"),
            "accountant", Set.of("invoice:create", "invoice:read", "invoice:update", "invoice:export", "party:create", "party:read",
                    "party:update", "inventory:read", "payment:create", "payment:read", "payment:update", "report:view", "report:gst",
                    "report:export", "report:financial"),
            "salesman", Set.of("invoice:create", "invoice:read", "invoice:update", "invoice:export", "party:create", "party:read",
                    "party:update", "inventory:read", "payment:read"),
            "employee", Set.of("invoice:create", "invoice:read", "invoice:update", "invoice:export", "party:read", "inventory:read",
                    "payment:read"),
            "viewer", Set.of("invoice:read", "invoice:export", "party:read", "inventory:read", "payment:read", "report:view"));

    private LoggedIn owner;
    private final Map<String, LoggedIn> byRole = new HashMap<>();

    @BeforeAll
    void members() {
        owner = newUser();
    }

    private static Set<String> minus(Set<String> all, String... removed) {
        Set<String> result = new java.util.TreeSet<>(all);
        result.removeAll(List.of(removed));
        return result;
    }

    @Test
    void effectivePermissionsOfEveryRoleMatchTheContract() {
        String business = createBusiness(owner);
        for (String role : List.of("admin", "accountant", "salesman", "employee", "viewer")) {
            LoggedIn user = member(business, owner, role);
            ApiResponse permissions = api().get("/api/v1/businesses/" + business + "/users/" + user.userId() + "/permissions",
                    bearer(owner.accessToken()));
            assertThat(Set.copyOf((List<?>) permissions.at("effectivePermissions"))).as(role).isEqualTo(CONTRACT.get(role));
        }
        ApiResponse ownerPermissions = api().get("/api/v1/businesses/" + business + "/users/" + owner.userId() + "/permissions",
                bearer(owner.accessToken()));
        assertThat(Set.copyOf((List<?>) ownerPermissions.at("effectivePermissions"))).isEqualTo(ALL);
    }

    @Test
    void everyRoleAgainstEveryRouteThatExists() {
        Map<String, BiFunction<LoggedIn, String, ApiResponse>> routes = new LinkedHashMap<>();
        routes.put("business:view", (u, b) -> api().get("/api/v1/businesses/" + b, bearer(u.accessToken())));
        routes.put("business:update", (u, b) -> api().patch("/api/v1/businesses/" + b, object("city", "Pune"), bearer(u.accessToken())));
        routes.put("business:settings", (u, b) -> api().patch("/api/v1/businesses/" + b + "/settings", object("round_off", "off"),
                bearer(u.accessToken())));
        routes.put("user:view", (u, b) -> api().get("/api/v1/businesses/" + b + "/users", bearer(u.accessToken())));
        routes.put("user:invite", (u, b) -> api().post("/api/v1/businesses/" + b + "/users", object("phone", newPhone(), "role", "viewer"),
                bearer(u.accessToken())));
        routes.put("user:update_role", (u, b) -> api().patch("/api/v1/businesses/" + b + "/users/" + UUID.randomUUID() + "/role",
                object("role", "viewer"), bearer(u.accessToken())));
        routes.put("user:remove", (u, b) -> api().delete("/api/v1/businesses/" + b + "/users/" + UUID.randomUUID(), bearer(u.accessToken())));
        routes.put("user:assign", (u, b) -> api().patch("/api/v1/businesses/" + b + "/users/" + UUID.randomUUID() + "/permissions",
                object("permissions", Map.of()), bearer(u.accessToken())));
        routes.put("party:create", (u, b) -> api().post("/api/v1/parties", object("name", "P"), as(u, b)));
        routes.put("party:read", (u, b) -> api().get("/api/v1/parties", as(u, b)));
        routes.put("party:update", (u, b) -> api().patch("/api/v1/parties/" + UUID.randomUUID(), object("name", "Q"), as(u, b)));
        routes.put("party:delete", (u, b) -> api().delete("/api/v1/parties/" + UUID.randomUUID(), as(u, b)));
        routes.put("audit:view", (u, b) -> api().get("/api/v1/businesses/" + b + "/audit-logs", bearer(u.accessToken())));
        routes.put("business:delete", (u, b) -> api().delete("/api/v1/businesses/" + b, bearer(u.accessToken())));

        List<String> mismatches = new ArrayList<>();
        for (String role : List.of("owner", "admin", "accountant", "salesman", "employee", "viewer")) {
            for (var route : routes.entrySet()) {
                String business = createBusiness(owner);
                LoggedIn user = role.equals("owner") ? owner : member(business, owner, role);
                int status = route.getValue().apply(user, business).status();
                boolean allowed = CONTRACT.get(role).contains(route.getKey());
                if (allowed == (status == 403) || status >= 500 || status == 401) {
                    mismatches.add(role + " " + route.getKey() + " -> " + status);
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }
}
