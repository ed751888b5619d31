package com.bizsuite.invoice;

import com.bizsuite.testing.ApiResponse;
import com.bizsuite.testing.Concurrently;
import com.bizsuite.testing.ApiTest;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import static com.bizsuite.testing.ApiClient.bearer;
import static com.bizsuite.testing.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

/** Invoices issued at the same time are committed together, and each is still checked, numbered and audited as its own. */
@MicronautTest(transactional = false)
class InvoiceGroupsIT extends ApiTest {

    @Inject
    DataSource dataSource;

    @Inject
    DataSourceResolver resolver;

    private LoggedIn owner;
    private String business;

    @Test
    void refusedAndBadInvoicesInAGroupTakeNoNumberAndTheOthersAreGaplessAndAuditedAsTheirOwn() throws Exception {
        newBusiness();
        String customer = api().post("/api/v1/parties", object("name", "Customer", "billing_state", "Maharashtra"), tenant()).text("id");
        String rice = api().post("/api/v1/items", object("name", "Rice", "tax_rate", 5, "current_stock", 10), tenant()).text("id");
        String oil = api().post("/api/v1/items", object("name", "Oil", "tax_rate", 5, "current_stock", 0), tenant()).text("id");
        String unknownParty = UUID.randomUUID().toString();

        List<Callable<ApiResponse>> calls = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            String type = i % 6 == 5 ? "purchase" : "sale";
            String party = i % 4 == 0 ? unknownParty : customer;
            String item = type.equals("purchase") ? oil : rice;
            calls.add(() -> api().post("/api/v1/invoices", object("party_id", party, "invoice_type", type, "invoice_date", "2026-11-23",
                    "items", List.of(object("item_id", item, "quantity", 1, "unit_price", "60.00"))), tenant()));
        }
        List<ApiResponse> answers = Concurrently.all(calls);

        Map<Integer, Integer> statuses = new HashMap<>();
        answers.forEach(a -> statuses.merge(a.status(), 1, Integer::sum));
        assertThat(statuses).as(answers.toString()).containsEntry(400, 6).containsEntry(201, 14).containsEntry(409, 4);
        assertThat(answers).filteredOn(a -> a.status() == 409).allSatisfy(a -> assertThat(a.text("message")).contains("Insufficient stock"));
        List<ApiResponse> issued = answers.stream().filter(a -> a.status() == 201).toList();
        assertThat(numbers(issued, "sale")).as("gapless, refused sales took none").containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(numbers(issued, "purchase")).containsExactly(1, 2, 3, 4);
        assertThat(stockOf(rice)).isEqualByComparingTo("0");
        assertThat(stockOf(oil)).isEqualByComparingTo("4");

        Map<String, List<String>> auditedRequests = auditedRequestsByInvoice();
        assertThat(auditedRequests).hasSize(14);
        for (ApiResponse a : issued) {
            assertThat(auditedRequests.get(a.text("id"))).as("created and issued, both naming the request")
                    .containsExactly(a.header("X-Request-ID"), a.header("X-Request-ID"));
        }
        assertThat(api().get("/api/v1/businesses/" + business + "/audit-logs/verify", tenant()).at("ok")).isEqualTo(true);
        assertThat(api().get("/api/v1/invoices?limit=100", tenant()).at("total")).isEqualTo(14);
    }

    @Test
    void aGroupSpanningTwoFinancialYearsNumbersEachYearFromOneWithoutGaps() throws Exception {
        newBusiness();
        String customer = api().post("/api/v1/parties", object("name", "Customer", "billing_state", "Maharashtra"), tenant()).text("id");
        List<Callable<ApiResponse>> calls = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            String date = i % 2 == 0 ? "2027-03-31" : "2027-04-01";
            calls.add(() -> api().post("/api/v1/invoices", object("party_id", customer, "invoice_type", "sale", "invoice_date", date,
                    "items", List.of(object("item_name", "Service", "quantity", 1, "unit_price", 100, "tax_rate", 18))), tenant()));
        }
        List<ApiResponse> answers = Concurrently.all(calls);
        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.toString()).isEqualTo(201));
        for (String year : List.of("26-27", "27-28")) {
            assertThat(answers.stream().map(a -> a.text("invoice_number")).filter(n -> n.contains("/" + year + "/"))
                    .map(n -> Integer.parseInt(n.substring(n.lastIndexOf('/') + 1))).sorted().toList())
                    .as("financial year " + year).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        }
    }

    @Test
    void savedDraftsIssuedAlongsideNewInvoicesShareOneGaplessSeriesAndEachMovesItsStockOnce() throws Exception {
        newBusiness();
        String customer = api().post("/api/v1/parties", object("name", "Customer", "billing_state", "Maharashtra"), tenant()).text("id");
        String rice = api().post("/api/v1/items", object("name", "Rice", "tax_rate", 5, "current_stock", 10), tenant()).text("id");
        List<String> drafts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            int quantity = i < 2 ? 20 : 1;   // the first two can never be covered by the stock
            drafts.add(api().post("/api/v1/invoices", object("party_id", customer, "invoice_type", "sale", "invoice_date", "2026-11-23",
                    "status", "draft", "items", List.of(object("item_id", rice, "quantity", quantity, "unit_price", "60.00"))), tenant())
                    .text("id"));
        }
        String alreadyIssued = drafts.get(5);
        assertThat(api().post("/api/v1/invoices/" + alreadyIssued + "/issue", null, tenant()).status()).isEqualTo(200);

        List<Callable<ApiResponse>> calls = new ArrayList<>();
        for (String draft : drafts) {
            calls.add(() -> api().post("/api/v1/invoices/" + draft + "/issue", null, tenant()));
            calls.add(() -> api().post("/api/v1/invoices", object("party_id", customer, "invoice_type", "sale", "invoice_date", "2026-11-23",
                    "items", List.of(object("item_id", rice, "quantity", 1, "unit_price", "60.00"))), tenant()));
        }
        calls.add(() -> api().post("/api/v1/invoices/" + UUID.randomUUID() + "/issue", null, tenant()));
        List<ApiResponse> answers = Concurrently.all(calls);

        Map<Integer, Integer> statuses = new HashMap<>();
        answers.forEach(a -> statuses.merge(a.status(), 1, Integer::sum));
        // drafts: 3 issued, 2 short of stock, 1 issued before; new sales: 6 issued; an unknown id
        assertThat(statuses).as(answers.toString()).containsEntry(200, 3).containsEntry(201, 6).containsEntry(409, 3).containsEntry(404, 1);
        assertThat(answers).filteredOn(a -> a.status() == 409)
                .extracting(a -> a.text("message")).anySatisfy(m -> assertThat(m).contains("is already issued"))
                .filteredOn(m -> !m.contains("already")).hasSize(2).allSatisfy(m -> assertThat(m).contains("Insufficient stock"));
        List<ApiResponse> issued = answers.stream().filter(a -> a.status() == 200 || a.status() == 201).toList();
        assertThat(numbers(issued, "sale")).as("after the draft issued first, gapless").containsExactly(2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(stockOf(rice)).as("10 less one per issued invoice").isEqualByComparingTo("0");
        Map<String, List<String>> audited = auditedRequestsByInvoice();
        for (ApiResponse a : issued) {
            assertThat(audited.get(a.text("id"))).as("a draft: created earlier, issued by this request; a new one: both by it")
                    .endsWith(a.header("X-Request-ID"));
        }
        assertThat(api().get("/api/v1/businesses/" + business + "/audit-logs/verify", tenant()).at("ok")).isEqualTo(true);
    }

    private void newBusiness() {
        owner = newUser();
        business = api().post("/api/v1/businesses", object("name", "Groups " + System.nanoTime(), "state", "Maharashtra"),
                bearer(owner.accessToken())).text("id");
    }

    private String[] tenant() {
        return new String[]{"Authorization", "Bearer " + owner.accessToken(), "x-business-id", business};
    }

    private static List<Integer> numbers(List<ApiResponse> issued, String type) {
        return issued.stream().filter(a -> a.text("invoice_type").equals(type))
                .map(a -> a.text("invoice_number")).map(n -> Integer.parseInt(n.substring(n.lastIndexOf('/') + 1))).sorted().toList();
    }

    private BigDecimal stockOf(String item) {
        return new BigDecimal(api().get("/api/v1/items/" + item, tenant()).text("current_stock"));
    }

    // invoice id -> the request ids of its audit entries, in chain order
    private Map<String, List<String>> auditedRequestsByInvoice() throws SQLException {
        Map<String, List<String>> byInvoice = new HashMap<>();
        try (Connection c = resolver.resolve(dataSource).getConnection();
             PreparedStatement s = c.prepareStatement("SELECT entity_id, request_id FROM business.audit_log "
                     + "WHERE business_id = ? AND entity_type = 'invoice' ORDER BY seq")) {
            s.setObject(1, UUID.fromString(business));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    byInvoice.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        return byInvoice;
    }
}
