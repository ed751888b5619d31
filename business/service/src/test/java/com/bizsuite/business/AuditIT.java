package com.bizsuite.business;

import com.bizsuite.testing.ApiResponse;
import com.bizsuite.testing.BusinessApiFixture;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static com.bizsuite.testing.ApiClient.bearer;
import static com.bizsuite.testing.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(transactional = false)
class AuditIT extends BusinessApiFixture {

    @Inject
    DataSource dataSource;

    @Inject
    DataSourceResolver resolver;

    private ApiResponse audit(LoggedIn user, String business, String query) {
        return api().get("/api/v1/businesses/" + business + "/audit-logs" + query, bearer(user.accessToken(), "X-Request-ID", "audit-test"));
    }

    private List<Map<String, Object>> logs(LoggedIn user, String business, String query) {
        ApiResponse response = audit(user, business, query);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return rows(response.at("logs"));
    }

    private long id(Map<String, Object> log) {
        return Long.parseLong((String) log.get("id"));
    }

    @Test
    void everyChangeIsRecordedWithWhoWhatAndBeforeAfter() {
        LoggedIn owner = newUser();
        String business = createBusiness(owner);
        LoggedIn clerk = member(business, owner, "employee");
        String party = createParty(owner, business, "name", "Before");
        api().patch("/api/v1/parties/" + party, object("name", "After"), as(owner, business, "X-Request-ID", "req-rename-1"));
        api().delete("/api/v1/parties/" + party, as(owner, business));
        api().patch("/api/v1/businesses/" + business + "/users/" + clerk.userId() + "/role", object("role", "viewer"), bearer(owner.accessToken()));

        List<Object> actions = logs(owner, business, "?limit=100").stream().map(r -> r.get("action")).toList();
        assertThat(actions).containsExactly("member.role_change", "party.delete", "party.update", "party.create", "member.add",
                "business.create", "member.add");

        Map<String, Object> rename = logs(owner, business, "?action=party.update").getFirst();
        assertThat(rename).containsEntry("user_id", owner.userId()).containsEntry("entity_type", "party").containsEntry("entity_id", party)
                .containsEntry("resource", "party").containsEntry("resource_id", party).containsEntry("target_user_id", null)
                .containsEntry("request_id", "req-rename-1");
        assertThat(((Map<?, ?>) rename.get("old_value")).get("name")).isEqualTo("Before");
        assertThat(((Map<?, ?>) rename.get("new_value")).get("name")).isEqualTo("After");

        ApiResponse filtered = audit(owner, business, "?entityType=member&userId=" + owner.userId());
        assertThat(filtered.header("x-total-count")).isEqualTo("3");
        assertThat(filtered.at("total")).isEqualTo(3);
        assertThat(filtered.text("businessId")).isEqualTo(business);
        assertThat(logs(owner, business, "?startDate=2000-01-01&endDate=2000-12-31")).isEmpty();
        assertThat(audit(owner, business, "?startDate=yesterday").status()).isEqualTo(400);
    }

    @Test
    void theChainVerifiesAndAnyEditIsFound() throws SQLException {
        LoggedIn owner = newUser();
        String business = createBusiness(owner);
        for (int i = 0; i < 5; i++) {
            createParty(owner, business);
        }
        ApiResponse clean = audit(owner, business, "/verify");
        assertThat(clean.map()).containsEntry("ok", true).containsEntry("checked", 7).containsEntry("first_broken_id", null);

        long third = id(logs(owner, business, "?limit=100").get(4));
        try (Connection c = resolver.resolve(dataSource).getConnection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("UPDATE business.audit_log SET action = 'nothing' WHERE id = " + third))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM business.audit_log WHERE id = " + third))
                    .hasMessageContaining("append-only");
            s.execute("ALTER TABLE business.audit_log DISABLE TRIGGER audit_log_append_only");
            try {
                s.executeUpdate("UPDATE business.audit_log SET new_values = '{\"name\":\"forged\"}' WHERE id = " + third);
            } finally {
                s.execute("ALTER TABLE business.audit_log ENABLE TRIGGER audit_log_append_only");
            }
        }
        ApiResponse broken = audit(owner, business, "/verify");
        assertThat(broken.map()).containsEntry("ok", false);
        assertThat(((Number) broken.at("first_broken_id")).longValue()).isEqualTo(third);
    }

    @Test
    void entriesWithAnyTextVerify() {
        LoggedIn owner = newUser();
        String business = createBusiness(owner);
        createParty(owner, business, "name", "श्री गणेश ट्रेडर्स ₹", "notes", "line one\nline \"two\" \u00e9");
        createParty(owner, business, "name", "Plain");
        assertThat(audit(owner, business, "/verify").map()).containsEntry("ok", true).containsEntry("checked", 4);
    }

    @Test
    void aDeletedEntryIsFound() throws SQLException {
        LoggedIn owner = newUser();
        String business = createBusiness(owner);
        createParty(owner, business);
        createParty(owner, business);
        long middle = id(logs(owner, business, "").get(1));
        try (Connection c = resolver.resolve(dataSource).getConnection(); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE business.audit_log DISABLE TRIGGER audit_log_append_only");
            try {
                s.executeUpdate("DELETE FROM business.audit_log WHERE id = " + middle);
            } finally {
                s.execute("ALTER TABLE business.audit_log ENABLE TRIGGER audit_log_append_only");
            }
        }
        assertThat(audit(owner, business, "/verify").map()).containsEntry("ok", false);
    }

    @Test
    void memberActionsNameTheirTargetAndTheOldFiltersAndPagesWork() {
        LoggedIn owner = newUser();
        String business = createBusiness(owner);
        LoggedIn clerk = member(business, owner, "employee");
        member(business, owner, "viewer");
        api().patch("/api/v1/businesses/" + business + "/users/" + clerk.userId() + "/role", object("role", "salesman"),
                bearer(owner.accessToken()));

        List<Map<String, Object>> aboutClerk = logs(owner, business, "?targetUserId=" + clerk.userId());
        assertThat(aboutClerk).extracting(l -> l.get("action")).containsExactly("member.role_change", "member.add");
        assertThat(aboutClerk).allSatisfy(l -> assertThat(l).containsEntry("target_user_id", clerk.userId())
                .containsEntry("resource", "member").containsEntry("user_id", owner.userId()));
        assertThat(((Map<?, ?>) aboutClerk.getFirst().get("old_value")).get("role")).isEqualTo("employee");
        assertThat(((Map<?, ?>) aboutClerk.getFirst().get("new_value")).get("role")).isEqualTo("salesman");

        ApiResponse firstPage = audit(owner, business, "?limit=2");
        assertThat(firstPage.at("total")).isEqualTo(5);
        assertThat((List<?>) firstPage.at("logs")).hasSize(2);
        assertThat((List<?>) audit(owner, business, "?limit=2&page=3").at("logs")).hasSize(1);
        assertThat(audit(owner, business, "?limit=500").status()).as("the old client's largest page").isEqualTo(200);
        assertThat(audit(owner, business, "?limit=501").status()).isEqualTo(400);
        assertThat(audit(owner, business, "?targetUserId=nobody").status()).isEqualTo(400);
    }

    @Test
    void onlyAuditViewersReadTheLog() {
        LoggedIn owner = newUser();
        String business = createBusiness(owner);
        LoggedIn accountant = member(business, owner, "accountant");
        assertThat(audit(accountant, business, "").status()).isEqualTo(403);
        assertThat(audit(accountant, business, "/verify").status()).isEqualTo(403);
        assertThat(api().delete("/api/v1/businesses/" + business + "/audit-logs", bearer(owner.accessToken())).status())
                .as("no API deletes the log").isEqualTo(405);
    }
}
