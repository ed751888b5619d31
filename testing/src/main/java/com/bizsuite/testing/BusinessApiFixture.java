package com.bizsuite.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.bizsuite.testing.ApiClient.bearer;
import static com.bizsuite.testing.ApiClient.object;

/**
 * Arrangement through the public API: businesses, members with roles, parties. For the tests of
 * the business module and of the modules that call it.
 */
public abstract class BusinessApiFixture extends ApiTest {

    protected String createBusiness(LoggedIn owner, Object... fields) {
        List<Object> pairs = new ArrayList<>(List.of("name", "Shop " + System.nanoTime()));
        pairs.addAll(List.of(fields));
        ApiResponse created = api().post("/api/v1/businesses", object(pairs.toArray()), bearer(owner.accessToken()));
        if (created.status() != 201) {
            throw new AssertionError("create business: " + created);
        }
        return created.text("id");
    }

    protected static String members(String businessId) {
        return "/api/v1/businesses/" + businessId + "/users";
    }

    protected static String permissionsOf(LoggedIn member, String businessId) {
        return members(businessId) + "/" + member.userId() + "/permissions";
    }

    protected static String[] as(LoggedIn user, String businessId, String... more) {
        return ApiClient.tenant(user.accessToken(), businessId, more);
    }

    protected LoggedIn member(String businessId, LoggedIn owner, String role) {
        LoggedIn user = newUser();
        ApiResponse added = api().post(members(businessId), object("phone", user.phone(), "role", role),
                bearer(owner.accessToken()));
        if (added.status() != 201) {
            throw new AssertionError("add member: " + added);
        }
        return user;
    }

    protected String createParty(LoggedIn user, String businessId, Object... fields) {
        List<Object> pairs = new ArrayList<>(List.of("name", "Party " + System.nanoTime()));
        pairs.addAll(List.of(fields));
        ApiResponse created = api().post("/api/v1/parties", object(pairs.toArray()), as(user, businessId));
        if (created.status() != 201) {
            throw new AssertionError("create party: " + created);
        }
        return created.text("id");
    }

    protected static List<Map<String, Object>> rows(ApiResponse response) {
        return rows(response.list());
    }

    /** The objects of a JSON array read from a response, e.g. {@code rows(ledger.at("entries"))}. */
    @SuppressWarnings("unchecked")
    protected static List<Map<String, Object>> rows(Object jsonArray) {
        return ((List<Object>) jsonArray).stream().map(o -> (Map<String, Object>) o).toList();
    }
}
