package com.bizsuite.invoice;

import com.bizsuite.testing.ApiClient;
import com.bizsuite.testing.ApiResponse;
import com.bizsuite.testing.ApiTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.bizsuite.testing.ApiClient.bearer;
import static com.bizsuite.testing.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class InvoiceIT extends ApiTest {

    private LoggedIn owner;
    private String business;
    private String customer;
    private String outOfState;
    private String rice;

    @BeforeEach
    void arrange() {
        owner = newUser();
        business = api().post("/api/v1/businesses", object("name", "Invoicing " + System.nanoTime(), "state", "Maharashtra"),
                bearer(owner.accessToken())).text("id");
        customer = api().post("/api/v1/parties", object("name", "Local Customer", "billing_state", "Maharashtra"), tenant()).text("id");
        outOfState = api().post("/api/v1/parties", object("name", "Bengaluru Buyer", "gstin", "29AAGCB7383J1Z4"), tenant()).text("id");
        rice = api().post("/api/v1/items", object("name", "Rice", "tax_rate", 5, "hsn_code", "1006", "selling_price", 60,
                "purchase_price", 45, "current_stock", 10), tenant()).text("id");
    }

    private String[] tenant(String... more) {
        return ApiClient.tenant(owner.accessToken(), business, more);
    }

    private Map<String, Object> saleOf(String party, Object quantity, Object... extra) {
        Map<String, Object> body = object("party_id", party, "invoice_type", "sale", "invoice_date", "2026-11-23",
                "items", List.of(object("item_id", rice, "quantity", quantity, "unit_price", "60.00")));
        for (int i = 0; i + 1 < extra.length; i += 2) {
            body.put((String) extra[i], extra[i + 1]);
        }
        return body;
    }

    private BigDecimal stock() {
        return new BigDecimal(api().get("/api/v1/items/" + rice, tenant()).text("current_stock"));
    }

    @Test
    void theWorkedExampleIsIssuedAtOnceNumberedAndMovesStock() {
        ApiResponse created = api().post("/api/v1/invoices", object("party_id", customer, "invoice_type", "sale", "invoice_date", "2026-11-23",
                "items", List.of(
                        object("item_name", "Widget", "quantity", 3, "unit_price", "333.33", "discount_percent", 10, "tax_rate", 18),
                        object("item_name", "Gadget", "quantity", 1, "unit_price", "99.99", "tax_rate", 5, "cess_rate", 1))), tenant());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.map()).containsEntry("status", "issued").containsEntry("payment_status", "unpaid")
                .containsEntry("subtotal", "1099.98").containsEntry("discount_amount", "100.00").containsEntry("taxable_amount", "999.98")
                .containsEntry("cgst_amount", "83.50").containsEntry("sgst_amount", "83.50").containsEntry("igst_amount", "0.00")
                .containsEntry("cess_amount", "1.00").containsEntry("round_off", "0.02").containsEntry("total_amount", "1168.00")
                .containsEntry("balance_due", "1168.00").containsEntry("place_of_supply", "27").containsEntry("is_interstate", false);
        assertThat(created.text("invoice_number")).matches("INV/26-27/\\d{5}");

        ApiResponse sale = api().post("/api/v1/invoices", saleOf(customer, 4), tenant());
        assertThat(sale.status()).isEqualTo(201);
        assertThat(stock()).isEqualByComparingTo("6");
    }

    @Test
    void placeOfSupplyComesFromThePartyNotTheClient() {
        ApiResponse inter = api().post("/api/v1/invoices", saleOf(outOfState, 1, "is_interstate", false, "place_of_supply", "27"), tenant());
        assertThat(inter.status()).as(inter.toString()).isEqualTo(201);
        assertThat(inter.map()).containsEntry("is_interstate", true).containsEntry("place_of_supply", "29").containsEntry("igst_amount", "3.00");
        @SuppressWarnings("unchecked")
        Map<String, Object> line = (Map<String, Object>) ((List<?>) inter.at("items")).getFirst();
        assertThat(line).containsEntry("igst_rate", "5.00").containsEntry("gst_rate", "5.00").containsEntry("cgst_amount", "0.00");
    }

    @Test
    void draftsAreEditableAndIssuedInvoicesAreNot() {
        ApiResponse draft = api().post("/api/v1/invoices", saleOf(customer, 2, "status", "draft"), tenant());
        assertThat(draft.map()).containsEntry("status", "draft").containsEntry("invoice_number", null);
        assertThat(stock()).as("a draft moves nothing").isEqualByComparingTo("10");
        String id = draft.text("id");
        ApiResponse edited = api().patch("/api/v1/invoices/" + id, saleOf(customer, 3, "status", "draft"), tenant());
        assertThat(edited.text("taxable_amount")).isEqualTo("180.00");

        ApiResponse issued = api().post("/api/v1/invoices/" + id + "/issue", null, tenant());
        assertThat(issued.status()).as(issued.toString()).isEqualTo(200);
        assertThat(issued.text("invoice_number")).matches("INV/26-27/\\d{5}");
        assertThat(stock()).isEqualByComparingTo("7");
        assertThat(api().patch("/api/v1/invoices/" + id, saleOf(customer, 1), tenant()).status()).isEqualTo(409);
        assertThat(api().delete("/api/v1/invoices/" + id, tenant()).status()).isEqualTo(409);
        assertThat(api().post("/api/v1/invoices/" + id + "/issue", null, tenant()).status()).isEqualTo(409);

        ApiResponse otherDraft = api().post("/api/v1/invoices", saleOf(customer, 1, "status", "draft"), tenant());
        String other = otherDraft.text("id");
        assertThat(api().patch("/api/v1/invoices/" + other, saleOf(customer, 2, "status", "draft"), tenant("If-Match", "\"99\"")).status())
                .as("a stale If-Match").isEqualTo(412);
        assertThat(api().patch("/api/v1/invoices/" + other, saleOf(customer, 2, "status", "draft"),
                tenant("If-Match", otherDraft.header("etag"))).status()).isEqualTo(200);
        assertThat(api().delete("/api/v1/invoices/" + other, tenant()).status()).isEqualTo(204);
        assertThat(api().get("/api/v1/invoices/" + other, tenant()).status()).isEqualTo(404);
    }

    @Test
    void aDraftIsPatchedOneFieldAtATime() {
        String id = api().post("/api/v1/invoices", saleOf(customer, 2, "status", "draft", "due_date", "2026-12-23", "terms", "30 days",
                "notes", "Fragile"), tenant()).text("id");
        String url = "/api/v1/invoices/" + id;
        ApiResponse noted = api().patch(url, object("notes", "Deliver on Friday"), tenant());
        assertThat(noted.status()).as(noted.toString()).isEqualTo(200);
        assertThat(noted.map()).containsEntry("notes", "Deliver on Friday").containsEntry("terms", "30 days")
                .containsEntry("due_date", "2026-12-23").containsEntry("invoice_date", "2026-11-23").containsEntry("party_id", customer)
                .containsEntry("invoice_type", "sale").containsEntry("status", "draft").containsEntry("taxable_amount", "120.00");
        assertThat(noted.header("etag")).isNotNull();

        ApiResponse cleared = api().patch(url, object("due_date", null, "terms", null, "invoice_date", "2026-11-25"), tenant());
        assertThat(cleared.map()).containsEntry("due_date", null).containsEntry("terms", null).containsEntry("notes", "Deliver on Friday")
                .containsEntry("invoice_date", "2026-11-25");

        ApiResponse relined = api().patch(url, object("items", List.of(object("item_id", rice, "quantity", 3, "unit_price", "60.00"))),
                tenant());
        assertThat(relined.map()).containsEntry("taxable_amount", "180.00").containsEntry("cgst_amount", "4.50");
        assertThat((List<?>) relined.at("items")).hasSize(1);
        assertThat(stock()).as("a draft moves nothing").isEqualByComparingTo("10");

        ApiResponse moved = api().patch(url, object("party_id", outOfState), tenant());
        assertThat(moved.map()).as("the lines stay; the new party's state decides the tax")
                .containsEntry("place_of_supply", "29").containsEntry("is_interstate", true).containsEntry("taxable_amount", "180.00")
                .containsEntry("igst_amount", "9.00").containsEntry("cgst_amount", "0.00").containsEntry("total_amount", "189.00");
        assertThat(moved.at("party.name")).isEqualTo("Bengaluru Buyer");
        assertThat(api().patch(url, object("party_id", customer), tenant()).map()).containsEntry("place_of_supply", "27")
                .containsEntry("is_interstate", false).containsEntry("cgst_amount", "4.50").containsEntry("igst_amount", "0.00");

        ApiResponse issued = api().patch(url, object("status", "issued"), tenant());
        assertThat(issued.status()).as(issued.toString()).isEqualTo(200);
        assertThat(issued.map()).containsEntry("status", "issued").containsEntry("notes", "Deliver on Friday");
        assertThat(issued.text("invoice_number")).matches("INV/26-27/\\d{5}");
        assertThat(stock()).isEqualByComparingTo("7");
    }

    @Test
    void aDraftMayBecomeAnotherTypeBeforeItIsIssued() {
        String id = api().post("/api/v1/invoices", saleOf(customer, 5, "status", "draft"), tenant()).text("id");
        ApiResponse quote = api().patch("/api/v1/invoices/" + id, object("invoice_type", "quotation", "status", "issued"), tenant());
        assertThat(quote.status()).as(quote.toString()).isEqualTo(200);
        assertThat(quote.text("invoice_number")).matches("QT/26-27/\\d{5}");
        assertThat(stock()).as("a quotation moves no stock").isEqualByComparingTo("10");
    }

    @Test
    void patchRefusalsNameTheFieldAndChangeNothing() {
        ApiResponse draft = api().post("/api/v1/invoices", saleOf(customer, 2, "status", "draft"), tenant());
        String url = "/api/v1/invoices/" + draft.text("id");
        Map<Map<String, Object>, String> refusals = new LinkedHashMap<>();
        refusals.put(object("party_id", null), "party_id: must not be null");
        refusals.put(object("invoice_date", null), "invoice_date: must not be null");
        refusals.put(object("invoice_type", null), "invoice_type: must not be blank");
        refusals.put(object("items", null), "items: must not be empty");
        refusals.put(object("items", List.of()), "items: must not be empty");
        refusals.put(object("invoice_type", "gift"), "invoice_type: must be sale, purchase, quotation or proforma");
        refusals.put(object("notes", 5), "notes: must be a JSON string");
        refusals.put(object("colour", "red"), "Unknown field 'colour'");
        refusals.forEach((body, message) -> {
            ApiResponse refused = api().patch(url, body, tenant());
            assertThat(refused.status()).as(body + " " + refused).isEqualTo(400);
            assertThat(refused.text("detail")).as(body.toString()).isEqualTo(message);
            assertThat(refused.map()).containsEntry("path", url);
        });
        ApiResponse badLine = api().patch(url, object("items", List.of(object("item_name", "X", "quantity", 0, "unit_price", 1,
                "tax_rate", 18))), tenant());
        assertThat(badLine.status()).isEqualTo(400);
        assertThat(badLine.text("detail")).contains("quantity");
        assertThat(api().patch(url, object("party_id", UUID.randomUUID().toString()), tenant()).status()).isEqualTo(400);
        assertThat(api().get(url, tenant()).header("etag")).as("nothing was written").isEqualTo(draft.header("etag"));
    }

    @Test
    void onlyDraftsArePatchedAndAStaleVersionIs412() {
        ApiResponse draft = api().post("/api/v1/invoices", saleOf(customer, 1, "status", "draft"), tenant());
        String url = "/api/v1/invoices/" + draft.text("id");
        assertThat(api().patch(url, object("notes", "x"), tenant("If-Match", "\"99\"")).status()).isEqualTo(412);
        ApiResponse current = api().patch(url, object("notes", "x"), tenant("If-Match", draft.header("etag")));
        assertThat(current.status()).isEqualTo(200);
        assertThat(api().patch(url, object("notes", "y"), tenant("If-Match", draft.header("etag"))).status())
                .as("the version the first patch replaced").isEqualTo(412);

        String issued = api().post("/api/v1/invoices", saleOf(customer, 1), tenant()).text("id");
        ApiResponse partial = api().patch("/api/v1/invoices/" + issued, object("notes", "late note"), tenant());
        assertThat(partial.status()).as(partial.toString()).isEqualTo(409);
        assertThat(partial.text("message")).contains("is issued and cannot be edited");
        assertThat(api().patch("/api/v1/invoices/" + issued, object("party_id", null), tenant()).status())
                .as("not a draft comes before what is wrong with the body").isEqualTo(409);
        api().post("/api/v1/invoices/" + issued + "/cancel", null, tenant());
        assertThat(api().patch("/api/v1/invoices/" + issued, object("notes", "x"), tenant()).status()).isEqualTo(409);
        assertThat(api().patch("/api/v1/invoices/" + UUID.randomUUID(), object("notes", "x"), tenant()).status()).isEqualTo(404);
    }

    @Test
    void cancellingReversesTheStockExactlyOnce() {
        String id = api().post("/api/v1/invoices", saleOf(customer, 4), tenant()).text("id");
        assertThat(stock()).isEqualByComparingTo("6");
        ApiResponse cancelled = api().post("/api/v1/invoices/" + id + "/cancel", null, tenant());
        assertThat(cancelled.text("status")).isEqualTo("cancelled");
        assertThat(stock()).isEqualByComparingTo("10");
        assertThat(api().post("/api/v1/invoices/" + id + "/cancel", null, tenant()).status()).isEqualTo(409);
        assertThat(stock()).isEqualByComparingTo("10");
    }

    @Test
    void aRefusedIssueConsumesNoNumber() {
        String first = api().post("/api/v1/invoices", saleOf(customer, 1), tenant()).text("invoice_number");
        ApiResponse refused = api().post("/api/v1/invoices", saleOf(customer, 50), tenant());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("message")).contains("Insufficient stock for Rice");
        String next = api().post("/api/v1/invoices", saleOf(customer, 1), tenant()).text("invoice_number");
        assertThat(sequence(next)).isEqualTo(sequence(first) + 1);
        assertThat(api().get("/api/v1/invoices?limit=100", tenant()).at("total")).isEqualTo(2);
    }

    @Test
    void quotationsHaveTheirOwnSeriesAndNeverMoveStock() {
        ApiResponse quote = api().post("/api/v1/invoices", saleOf(customer, 5, "invoice_type", "quotation"), tenant());
        assertThat(quote.text("invoice_number")).matches("QT/26-27/\\d{5}");
        assertThat(stock()).isEqualByComparingTo("10");
        assertThat(api().post("/api/v1/invoices", saleOf(customer, 5, "invoice_type", "proforma"), tenant()).text("invoice_number"))
                .matches("PRO/26-27/\\d{5}");
        ApiResponse ledger = api().get("/api/v1/parties/" + customer + "/ledger", tenant());
        assertThat(ledger.at("entries")).as("quotations and proformas never reach the ledger").asList().hasSize(1);
        assertThat(ledger.text("current_balance")).isEqualTo("0.00");
        ApiResponse defaults = api().get("/api/v1/invoices/new?invoiceType=sale", tenant());
        assertThat(defaults.map()).containsEntry("number_is_preview", true).containsEntry("place_of_supply", "27");
        assertThat(defaults.text("invoice_number_preview")).as("the first number of the year the form's date falls in")
                .isEqualTo("INV/" + defaults.text("financial_year").substring(2) + "/00001");
    }

    @Test
    void aRetriedCreateMakesOneInvoiceAndMovesStockOnce() {
        String key = UUID.randomUUID().toString();
        ApiResponse first = api().post("/api/v1/invoices", saleOf(customer, 2), tenant("Idempotency-Key", key));
        ApiResponse retry = api().post("/api/v1/invoices", saleOf(customer, 2), tenant("Idempotency-Key", key));
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(stock()).isEqualByComparingTo("8");
        assertThat(api().get("/api/v1/invoices", tenant()).at("total")).isEqualTo(1);
    }

    @Test
    void fiftyConcurrentIssuesGetFiftyConsecutiveNumbers() throws Exception {
        List<Callable<ApiResponse>> calls = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            calls.add(() -> api().post("/api/v1/invoices", object("party_id", customer, "invoice_type", "sale", "invoice_date", "2026-11-23",
                    "items", List.of(object("item_name", "Service", "quantity", 1, "unit_price", 100, "tax_rate", 18))), tenant()));
        }
        List<Integer> sequences = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(25)) {
            for (Future<ApiResponse> f : pool.invokeAll(calls)) {
                ApiResponse response = f.get();
                assertThat(response.status()).as(response.toString()).isEqualTo(201);
                sequences.add(sequence(response.text("invoice_number")));
            }
        }
        assertThat(sequences).doesNotHaveDuplicates().hasSize(50);
        assertThat(sequences.stream().mapToInt(Integer::intValue).max().getAsInt()
                - sequences.stream().mapToInt(Integer::intValue).min().getAsInt()).isEqualTo(49);
    }

    @Test
    void concurrentSalesOfTheSameItemsInOppositeOrdersNeverDeadlock() throws Exception {
        String oil = api().post("/api/v1/items", object("name", "Oil", "tax_rate", 5, "current_stock", 100), tenant()).text("id");
        api().post("/api/v1/stock/adjust", object("item_id", rice, "adjustment_type", "increase", "quantity", 90), tenant());
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            boolean riceFirst = i % 2 == 0;
            Object first = object("item_id", riceFirst ? rice : oil, "quantity", 1, "unit_price", 10);
            Object second = object("item_id", riceFirst ? oil : rice, "quantity", 1, "unit_price", 10);
            if (i % 3 == 0) {
                calls.add(() -> api().post("/api/v1/stock/adjust", object("item_id", rice, "adjustment_type", "increase", "quantity", 1),
                        tenant()).status());
            }
            calls.add(() -> api().post("/api/v1/invoices", object("party_id", customer, "invoice_type", "sale", "invoice_date",
                    "2026-11-23", "items", List.of(first, second)), tenant()).status());
        }
        List<Integer> statuses = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(16)) {
            for (Future<Integer> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
        }
        assertThat(statuses).allMatch(s -> s == 200 || s == 201);
        assertThat(stock()).isEqualByComparingTo("80");
    }

    @Test
    void badInvoicesAre400() {
        assertThat(api().post("/api/v1/invoices", saleOf(customer, 0), tenant()).status()).isEqualTo(400);
        assertThat(api().post("/api/v1/invoices", saleOf(UUID.randomUUID().toString(), 1), tenant()).status()).isEqualTo(400);
        assertThat(api().post("/api/v1/invoices", saleOf(customer, 1, "invoice_type", "gift"), tenant()).status()).isEqualTo(400);
        assertThat(api().post("/api/v1/invoices", saleOf(customer, 1, "invoice_date", "23-11-2026"), tenant()).status()).isEqualTo(400);
        assertThat(api().post("/api/v1/invoices", saleOf(customer, 1, "items", List.of()), tenant()).status()).isEqualTo(400);
        ApiResponse badRate = api().post("/api/v1/invoices", saleOf(customer, 1, "items",
                List.of(object("item_name", "X", "quantity", 1, "unit_price", 1, "tax_rate", 17))), tenant());
        assertThat(badRate.status()).isEqualTo(400);
        assertThat(badRate.text("message")).contains("tax_rate");
        assertThat(api().get("/api/v1/invoices/not-a-uuid", tenant()).status()).isEqualTo(400);
        assertThat(api().get("/api/v1/invoices?status=paid", tenant()).status()).isEqualTo(400);
    }

    private static int sequence(String number) {
        return Integer.parseInt(number.substring(number.lastIndexOf('/') + 1));
    }
}
