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

/**
 * The old system's contract for businesses, members, permissions, parties and the audit log
 * (the party ledger's is the invoice module's, which serves it): every value of its enumerations is accepted, every field its DTOs left optional may
 * be left out and gets its old default, and every field its responses carried is there.
 */
@MicronautTest(transactional = false)
class BusinessContractIT extends BusinessApiFixture {

    private static final List<String> BUSINESS_FIELDS = List.of("id", "owner_id", "name", "type", "gstin", "pan", "phone", "email",
            "address_line1", "address_line2", "city", "state", "pincode", "country", "status", "created_at", "updated_at");
    private static final List<String> MEMBER_FIELDS = List.of("id", "business_id", "user_id", "role", "permissions", "status",
            "invited_at", "joined_at", "invited_by", "removed_at", "removed_by", "created_at", "updated_at");
    private static final List<String> PERMISSIONS_FIELDS = List.of("userId", "businessId", "role", "permissionMode",
            "rolePermissions", "customRestrictions", "effectivePermissions", "permissionSummary");
    private static final List<String> SUMMARY_FIELDS = List.of("total", "allowed", "restricted", "fromRole", "custom");
    private static final List<String> PARTY_FIELDS = List.of("id", "business_id", "name", "type", "phone", "email", "gstin", "pan",
            "billing_address_line1", "billing_address_line2", "billing_city", "billing_state", "billing_pincode",
            "shipping_same_as_billing", "shipping_address_line1", "shipping_address_line2", "shipping_city", "shipping_state",
            "shipping_pincode", "opening_balance", "opening_balance_type", "credit_limit", "credit_period_days", "notes", "tags",
            "status", "created_at", "updated_at");
    private static final List<String> AUDIT_FIELDS = List.of("id", "business_id", "user_id", "target_user_id", "action", "resource",
            "resource_id", "old_value", "new_value", "ip_address", "user_agent", "notes", "created_at", "updated_at");

    private static Map<String, Object> first(Object list) {
        return fields(((List<?>) list).getFirst());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> fields(Object object) {
        return (Map<String, Object>) object;
    }

    @Test
    void aBusinessWithOnlyANameGetsTheOldDefaultsAndFields() {
        LoggedIn owner = newUser();
        ApiResponse created = api().post("/api/v1/businesses", object("name", "Only A Name"), bearer(owner.accessToken()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.map()).containsKeys(BUSINESS_FIELDS.toArray(String[]::new))
                .containsEntry("type", null).containsEntry("country", "India").containsEntry("status", "active")
                .containsEntry("owner_id", owner.userId());
        String id = created.text("id");

        assertThat(api().get("/api/v1/businesses/" + id, bearer(owner.accessToken())).map()).containsKeys(BUSINESS_FIELDS.toArray(String[]::new));
        assertThat(rows(api().get("/api/v1/businesses", bearer(owner.accessToken()))).getFirst()).containsKeys(BUSINESS_FIELDS.toArray(String[]::new));
        ApiResponse patched = api().patch("/api/v1/businesses/" + id, object("city", "Pune"), bearer(owner.accessToken()));
        assertThat(patched.map()).containsKeys(BUSINESS_FIELDS.toArray(String[]::new)).containsEntry("type", null);
        assertThat(first(api().get("/api/v1/users/me/businesses", bearer(owner.accessToken())).at("businesses")))
                .containsOnlyKeys("id", "name", "role", "isOwner", "status");
    }

    @Test
    void everyOldBusinessTypeIsAccepted() {
        LoggedIn owner = newUser();
        String id = createBusiness(owner);
        for (String type : List.of("retailer", "wholesaler", "manufacturer", "service", "other")) {
            ApiResponse created = api().post("/api/v1/businesses", object("name", "Shop " + type, "type", type), bearer(owner.accessToken()));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            assertThat(created.text("type")).isEqualTo(type);
            assertThat(api().patch("/api/v1/businesses/" + id, object("type", type), bearer(owner.accessToken())).text("type")).isEqualTo(type);
        }
    }

    @Test
    void everyOldMemberRoleIsAcceptedAndEveryMemberAnswerIsTheOldRow() {
        LoggedIn owner = newUser();
        String business = createBusiness(owner);
        String[] fields = MEMBER_FIELDS.toArray(String[]::new);
        String userId = null;
        for (String role : List.of("owner", "admin", "employee", "accountant", "salesman", "viewer")) {
            ApiResponse added = api().post(members(business), object("phone", newPhone(), "role", role), bearer(owner.accessToken()));
            assertThat(added.status()).as(added.toString()).isEqualTo(201);
            assertThat(added.map()).containsKeys(fields).containsEntry("role", role).containsEntry("status", "active");
            userId = added.text("user_id");
        }
        String member = members(business) + "/" + userId;
        for (String role : List.of("admin", "employee", "accountant", "salesman", "owner", "viewer")) {
            ApiResponse changed = api().patch(member + "/role", object("role", role), bearer(owner.accessToken()));
            assertThat(changed.map()).as(changed.toString()).containsKeys(fields).containsEntry("role", role);
        }
        assertThat(api().get(member, bearer(owner.accessToken())).map()).containsKeys(fields);
        assertThat(rows(api().get(members(business), bearer(owner.accessToken())))).allSatisfy(row -> assertThat(row).containsKeys(fields));
        assertThat(api().patch(member + "/permissions", object("permissions", Map.of("party:read", false)), bearer(owner.accessToken())).map())
                .containsKeys(fields).containsEntry("permissions", Map.of("party:read", false));
        assertThat(api().delete(member + "/permissions", bearer(owner.accessToken())).map()).containsKeys(fields);
    }

    @Test
    void thePermissionsViewHasTheOldFieldsAndModes() {
        LoggedIn owner = newUser();
        String business = createBusiness(owner);
        LoggedIn viewer = member(business, owner, "viewer");
        String permissions = permissionsOf(viewer, business);

        ApiResponse defaults = api().get(permissions, bearer(owner.accessToken()));
        assertThat(defaults.map()).containsKeys(PERMISSIONS_FIELDS.toArray(String[]::new)).containsEntry("permissionMode", "role_defaults");
        assertThat(fields(defaults.at("permissionSummary"))).containsKeys(SUMMARY_FIELDS.toArray(String[]::new));

        api().patch(permissions, object("permissions", Map.of("report:view", false)), bearer(owner.accessToken()));
        ApiResponse custom = api().get(permissions, bearer(owner.accessToken()));
        assertThat(custom.text("permissionMode")).isEqualTo("custom");
        assertThat(custom.at("customRestrictions")).isEqualTo(Map.of("report:view", false));
        assertThat(fields(custom.at("permissionSummary"))).containsEntry("total", 6).containsEntry("allowed", 5)
                .containsEntry("restricted", 1).containsEntry("fromRole", 5).containsEntry("custom", 1);

        assertThat(api().patch(permissions, Map.of(), bearer(owner.accessToken())).status()).as("permissions is optional").isEqualTo(200);
        assertThat(api().get(permissions, bearer(owner.accessToken())).text("permissionMode")).isEqualTo("role_defaults");

        ApiResponse catalogue = api().get("/permissions", bearer(owner.accessToken()));
        assertThat(first(catalogue.list())).containsKeys("name", "permissions");
        assertThat(first(first(catalogue.list()).get("permissions"))).containsKeys("key", "label", "description", "defaultRoles");
    }

    @Test
    void aPartyWithOnlyItsRequiredFieldsGetsTheOldDefaultsAndFields() {
        LoggedIn owner = newUser();
        String business = createBusiness(owner);
        String[] fields = PARTY_FIELDS.toArray(String[]::new);
        ApiResponse created = api().post("/api/v1/parties", object("name", "Minimal", "type", "customer"), as(owner, business));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.map()).containsKeys(fields)
                .containsEntry("opening_balance", "0.00").containsEntry("opening_balance_type", "credit")
                .containsEntry("shipping_same_as_billing", true).containsEntry("status", "active")
                .containsEntry("credit_limit", null).containsEntry("credit_period_days", null).containsEntry("notes", null)
                .containsEntry("phone", null).containsEntry("gstin", null);
        String id = created.text("id");

        assertThat(api().get("/api/v1/parties/" + id, as(owner, business)).map()).containsKeys(fields);
        assertThat(rows(api().get("/api/v1/parties", as(owner, business))).getFirst()).containsKeys(fields);
        assertThat(api().patch("/api/v1/parties/" + id, object("notes", "n"), as(owner, business)).map()).containsKeys(fields)
                .containsEntry("opening_balance_type", "credit");
    }

    @Test
    void everyOldPartyTypeAndBalanceTypeIsAccepted() {
        LoggedIn owner = newUser();
        String business = createBusiness(owner);
        for (String type : List.of("customer", "supplier", "both")) {
            for (String balanceType : List.of("credit", "debit")) {
                ApiResponse created = api().post("/api/v1/parties", object("name", type + " " + balanceType, "type", type,
                        "opening_balance", 10, "opening_balance_type", balanceType), as(owner, business));
                assertThat(created.status()).as(created.toString()).isEqualTo(201);
                assertThat(created.map()).containsEntry("type", type).containsEntry("opening_balance_type", balanceType);
            }
            assertThat(api().get("/api/v1/parties?type=" + type, as(owner, business)).status()).isEqualTo(200);
        }
        assertThat(api().get("/api/v1/parties?search=customer", as(owner, business)).list()).hasSize(2);
    }

    @Test
    void theAuditLogListHasTheOldShapeAndFilters() {
        LoggedIn owner = newUser();
        String business = createBusiness(owner);
        LoggedIn clerk = member(business, owner, "employee");
        String logs = "/api/v1/businesses/" + business + "/audit-logs";

        ApiResponse all = api().get(logs, bearer(owner.accessToken()));
        assertThat(all.map()).containsKeys("businessId", "total", "logs").containsEntry("businessId", business).containsEntry("total", 3);
        Map<String, Object> added = first(all.at("logs"));
        assertThat(added).containsKeys(AUDIT_FIELDS.toArray(String[]::new)).containsEntry("action", "member.add")
                .containsEntry("target_user_id", clerk.userId()).containsEntry("resource", "member")
                .containsEntry("resource_id", clerk.userId()).containsEntry("user_id", owner.userId());
        assertThat(added.get("id")).isInstanceOf(String.class);
        assertThat(((Map<?, ?>) added.get("new_value")).get("role")).isEqualTo("employee");

        String query = "?action=member.add&userId=" + owner.userId() + "&targetUserId=" + clerk.userId()
                + "&startDate=2026-01-01&endDate=2099-12-31&limit=500";
        ApiResponse filtered = api().get(logs + query, bearer(owner.accessToken()));
        assertThat(filtered.status()).as(filtered.toString()).isEqualTo(200);
        assertThat(filtered.at("total")).isEqualTo(1);
    }

    @Test
    void listsWithoutALimitAnswerEveryRow() {
        LoggedIn owner = newUser();
        String business = createBusiness(owner);
        for (int i = 0; i < 60; i++) {
            createParty(owner, business, "type", "customer");
        }
        ApiResponse whole = api().get("/api/v1/parties", as(owner, business));
        assertThat(whole.list()).as("the old clients send no limit and expect every row").hasSize(60);
        assertThat(whole.header("x-total-count")).isEqualTo("60");
        assertThat(api().get("/api/v1/parties?limit=10", as(owner, business)).list()).hasSize(10);
        assertThat(api().get("/api/v1/parties?limit=201", as(owner, business)).status()).isEqualTo(400);
    }
}
