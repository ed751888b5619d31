package com.bizsuite.system;

import com.bizsuite.testing.ApiResponse;
import com.bizsuite.testing.ApiTest.LoggedIn;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static com.bizsuite.testing.ApiClient.bearer;
import static com.bizsuite.testing.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One business's life over the public API, every module's routes in turn: login, the business and
 * its members, parties, the catalogue and stock, invoices from draft to credit note and
 * cancellation, payments, the ledger, the PDF and the reports in JSON and CSV.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JourneyIT extends SystemFixture {

    private LoggedIn owner;
    private LoggedIn clerk;
    private String business;
    private String customer;
    private String supplier;
    private String rice;
    private String invoice;
    private String invoiceLine;

    @BeforeAll
    void owner() {
        owner = newUser();
    }

    private String[] tenant(String... more) {
        return as(owner, business, more);
    }

    @Test
    @Order(1)
    void loginGivesTokensSessionsAndAProfile() {
        expect(api.get("/.well-known/jwks.json"), 200);
        ApiResponse me = expect(api.get("/api/v1/users/me", bearer(owner.accessToken())), 200);
        assertThat(me.text("phone")).isEqualTo(owner.phone());
        expect(api.patch("/api/v1/users/profile", object("name", "Asha Traders"), bearer(owner.accessToken())), 200);
        assertThat(api.get("/api/v1/users/profile", bearer(owner.accessToken())).text("name")).isEqualTo("Asha Traders");
        assertThat(expect(api.get("/api/v1/auth/sessions", bearer(owner.accessToken())), 200).list()).isNotEmpty();
        ApiResponse refreshed = expect(api.post("/api/v1/auth/refresh-token", object("refresh_token", owner.refreshToken())), 200);
        assertThat(refreshed.text("access_token")).isNotBlank();
        assertThat(refreshed.text("refresh_token")).isNotBlank();
    }

    @Test
    @Order(2)
    void aBusinessWithAMemberAndAnAuditTrail() {
        business = newBusiness(owner, "gstin", "27AAPFU0939F1ZV", "round_off", "off");
        assertThat(expect(api.get("/api/v1/businesses", bearer(owner.accessToken())), 200).list()).hasSize(1);
        expect(api.patch("/api/v1/businesses/" + business, object("phone", "9876500000"), bearer(owner.accessToken())), 200);
        clerk = newUser();
        expect(api.post("/api/v1/businesses/" + business + "/users", object("phone", clerk.phone(), "role", "salesman"),
                bearer(owner.accessToken())), 201);
        expect(api.patch("/api/v1/businesses/" + business + "/users/" + clerk.userId() + "/role", object("role", "viewer"),
                bearer(owner.accessToken())), 200);
        assertThat(expect(api.get("/api/v1/businesses/" + business + "/users", bearer(owner.accessToken())), 200).list()).hasSize(2);
        ApiResponse mine = expect(api.get("/api/v1/users/me/businesses", bearer(clerk.accessToken())), 200);
        assertThat(mine.text("businesses")).contains("role=viewer");
        expect(api.get("/api/v1/permissions", bearer(owner.accessToken())), 200);
        ApiResponse audit = expect(api.get("/api/v1/businesses/" + business + "/audit-logs", bearer(owner.accessToken())), 200);
        assertThat(audit.at("logs")).asList().hasSize(5);
        assertThat(expect(api.get("/api/v1/businesses/" + business + "/audit-logs/verify", bearer(owner.accessToken())), 200).at("ok"))
                .isEqualTo(true);
    }

    @Test
    @Order(3)
    void partiesOfBothKinds() {
        customer = expect(api.post("/api/v1/parties", object("name", "Bengaluru Buyer", "type", "customer",
                "gstin", "29AAGCB7383J1Z4"), tenant()), 201).text("id");
        supplier = expect(api.post("/api/v1/parties", object("name", "Pune Mills", "type", "supplier", "billing_state", "Maharashtra",
                "opening_balance", 500, "opening_balance_type", "credit"), tenant()), 201).text("id");
        expect(api.patch("/api/v1/parties/" + customer, object("email", "buyer@example.com"), tenant()), 200);
        assertThat(expect(api.get("/api/v1/parties?type=customer", tenant()), 200).list()).hasSize(1);
        assertThat(api.get("/api/v1/parties/" + customer, tenant()).text("email")).isEqualTo("buyer@example.com");
    }

    @Test
    @Order(4)
    void aCatalogueWithStock() {
        String category = expect(api.post("/api/v1/categories", object("name", "Grains"), tenant()), 201).text("id");
        String unit = expect(api.post("/api/v1/units", object("name", "Kilogram", "short_name", "kg"), tenant()), 201).text("id");
        assertThat(api.get("/api/v1/units", tenant()).list()).isNotEmpty();
        ApiResponse item = expect(api.post("/api/v1/items", object("name", "Basmati Rice", "category_id", category, "unit_id", unit,
                "hsn_code", "1006", "selling_price", "100.00", "purchase_price", 80, "tax_rate", 5, "current_stock", 20,
                "low_stock_threshold", 5), tenant()), 201);
        rice = item.text("id");
        assertThat(item.text("inventory_type")).isEqualTo("trading_goods");
        ApiResponse adjusted = expect(api.post("/api/v1/stock/adjust", object("item_id", rice, "adjustment_type", "increase",
                "quantity", 10, "reason", "Found in the back room"), tenant()), 200);
        assertThat(adjusted.text("item.current_stock")).isEqualTo("30.000");
        assertThat(adjusted.text("adjustment.previous_stock")).isEqualTo("20.000");
        ApiResponse history = expect(api.get("/api/v1/stock/items/" + rice + "/history", tenant()), 200);
        assertThat(history.list()).isNotEmpty();
        assertThat(expect(api.get("/api/v1/stock/summary", tenant()), 200).text("total_quantity")).isEqualTo("30.000");
        expect(api.get("/api/v1/items/low-stock", tenant()), 200);
        assertThat(expect(api.get("/api/v1/items?search=basmati", tenant()), 200).list()).hasSize(1);
    }

    @Test
    @Order(5)
    void anInvoiceFromDraftToIssued() {
        ApiResponse draft = expect(api.post("/api/v1/invoices", object("party_id", customer, "invoice_type", "sale",
                "invoice_date", "2026-11-10", "status", "draft",
                "items", List.of(object("item_id", rice, "item_name", "Basmati Rice", "quantity", 4, "unit_price", 100, "tax_rate", 5))),
                tenant()), 201);
        invoice = draft.text("id");
        assertThat(draft.text("invoice_number")).isNull();
        ApiResponse patched = expect(api.patch("/api/v1/invoices/" + invoice, object("notes", "Deliver by Friday"), tenant()), 200);
        assertThat(patched.text("notes")).isEqualTo("Deliver by Friday");
        assertThat(patched.text("total_amount")).isEqualTo("420.00");

        ApiResponse issued = expect(api.post("/api/v1/invoices/" + invoice + "/issue", null, tenant()), 200);
        assertThat(issued.text("invoice_number")).isEqualTo("INV/26-27/00001");
        assertThat(issued.map()).containsEntry("status", "issued").containsEntry("is_interstate", true)
                .containsEntry("igst_amount", "20.00").containsEntry("place_of_supply", "29");
        invoiceLine = (String) first(issued, "items").get("id");
        assertThat(api.get("/api/v1/items/" + rice, tenant()).text("current_stock")).isEqualTo("26.000");
        expect(api.patch("/api/v1/invoices/" + invoice, object("notes", "too late"), tenant()), 409);

        ApiResponse list = expect(api.get("/api/v1/invoices?invoiceType=sale&page=1&limit=10", tenant()), 200);
        assertThat(list.at("total")).isEqualTo(1);
        ApiResponse form = expect(api.get("/api/v1/invoices/new?invoiceType=sale", tenant()), 200);
        assertThat(form.text("invoice_number_preview")).matches("INV/" + form.text("financial_year").substring(2) + "/\\d{5}");
    }

    @Test
    @Order(6)
    void aPaymentSettlesPartOfTheInvoice() {
        ApiResponse payment = expect(api.post("/api/v1/payments", object("party_id", customer, "invoice_id", invoice,
                "transaction_type", "payment_in", "transaction_date", "2026-11-12", "amount", "100.00", "payment_mode", "upi"),
                tenant()), 201);
        assertThat(api.get("/api/v1/invoices/" + invoice, tenant()).map()).containsEntry("payment_status", "partial")
                .containsEntry("balance_due", "320.00");
        assertThat(expect(api.get("/api/v1/payments/invoices/" + invoice, tenant()), 200).list()).hasSize(1);
        ApiResponse payments = expect(api.get("/api/v1/payments?partyId=" + customer, tenant()), 200);
        assertThat(payments.at("total")).isEqualTo(1);
        assertThat(payments.at("payments")).isEqualTo(payments.at("data"));
        expect(api.get("/api/v1/payments/" + payment.text("id"), tenant()), 200);
    }

    @Test
    @Order(7)
    void aCreditNoteAPurchaseAndACancellation() {
        ApiResponse note = expect(api.post("/api/v1/invoices/" + invoice + "/credit-notes", object("reason", "Damaged bag",
                "invoice_date", "2026-11-15", "items", List.of(object("invoice_item_id", invoiceLine, "quantity", 1))), tenant()), 201);
        assertThat(note.map()).containsEntry("invoice_number", "CN/26-27/00001").containsEntry("total_amount", "105.00");
        assertThat(api.get("/api/v1/items/" + rice, tenant()).text("current_stock")).isEqualTo("27.000");

        String purchase = expect(api.post("/api/v1/invoices", object("party_id", supplier, "invoice_type", "purchase",
                "invoice_date", "2026-11-11",
                "items", List.of(object("item_id", rice, "item_name", "Basmati Rice", "quantity", 10, "unit_price", 80, "tax_rate", 5))),
                tenant()), 201).text("id");
        assertThat(api.get("/api/v1/items/" + rice, tenant()).text("current_stock")).isEqualTo("37.000");
        ApiResponse cancelled = expect(api.post("/api/v1/invoices/" + purchase + "/cancel", null, tenant()), 200);
        assertThat(cancelled.text("status")).isEqualTo("cancelled");
        assertThat(api.get("/api/v1/items/" + rice, tenant()).text("current_stock")).isEqualTo("27.000");
        ApiResponse gaps = expect(api.get("/api/v1/invoices/number-gaps?series=purchase&fy=2026-27", tenant()), 200);
        assertThat(gaps.at("gaps")).isEqualTo(List.of());
    }

    @Test
    @Order(8)
    void theLedgerThePdfAndTheReports() throws IOException {
        ApiResponse ledger = expect(api.get("/api/v1/parties/" + customer + "/ledger", tenant()), 200);
        assertThat(ledger.text("current_balance")).as("420 invoiced - 100 paid - 105 credited").isEqualTo("215.00");
        assertThat(((List<?>) ledger.at("entries")).stream().map(e -> (Object) ((Map<?, ?>) e).get("type")).toList())
                .containsExactly("opening_balance", "invoice", "payment_in", "credit_note");

        byte[] pdf = api.getBytes("/api/v1/invoices/" + invoice + "/pdf", tenant());
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PdfReader reader = new PdfReader(pdf)) {
            assertThat(new PdfTextExtractor(reader).getTextFromPage(1)).contains("INV/26-27/00001", "Basmati Rice", "Bengaluru Buyer");
        }

        ApiResponse gstr1 = expect(api.get("/api/v1/reports/gstr1?from=2026-11-01&to=2026-11-30", tenant()), 200);
        assertThat(gstr1.at("b2b")).asList().hasSize(1);
        assertThat(gstr1.at("cdnr")).asList().hasSize(1);
        expect(api.get("/api/v1/reports/gstr3b?from=2026-11-01&to=2026-11-30", tenant()), 200);
        ApiResponse register = expect(api.get("/api/v1/reports/sales-register?from=2026-11-01&to=2026-11-30", tenant()), 200);
        assertThat(register.text("grand_total")).isEqualTo("315.00");
        ApiResponse csv = expect(api.get("/api/v1/reports/sales-register?from=2026-11-01&to=2026-11-30", tenant("Accept", "text/csv")), 200);
        assertThat(csv.header("content-type")).startsWith("text/csv");
        assertThat(csv.body().lines().toList()).hasSize(3).first().asString().startsWith("invoice_number,");
        assertThat(expect(api.get("/api/v1/reports/gstr1?from=2026-11-01&to=2026-11-30&format=csv", tenant()), 200).body())
                .startsWith("section,");
        assertThat(expect(api.get("/api/v1/reports/gstr3b?from=2026-11-01&to=2026-11-30&format=csv", tenant()), 200).body()).isNotBlank();
    }

    @Test
    @Order(9)
    void aViewerReadsButCannotWrite() {
        clerk = login(clerk.phone());
        expect(api.get("/api/v1/invoices/" + invoice, as(clerk, business)), 200);
        expect(api.post("/api/v1/parties", object("name", "Not allowed"), as(clerk, business)), 403);
        expect(api.get("/api/v1/reports/gstr1?from=2026-11-01&to=2026-11-30", as(clerk, business)), 403);
        expect(api.delete("/api/v1/businesses/" + business + "/users/" + clerk.userId(), bearer(owner.accessToken())), 204);
        expect(api.get("/api/v1/invoices/" + invoice, as(clerk, business)), 403);
    }

    @Test
    @Order(10)
    void badInputIsAClearClientError() {
        ApiResponse noTenant = expect(api.get("/api/v1/parties", bearer(owner.accessToken())), 400);
        assertThat(noTenant.text("message")).isEqualTo("Business ID is required");
        expect(api.get("/api/v1/parties/not-a-uuid", tenant()), 400);
        expect(api.get("/api/v1/parties/" + java.util.UUID.randomUUID(), tenant()), 404);
        ApiResponse broken = expect(api.post("/api/v1/parties", "{\"name\": ", tenant()), 400);
        assertThat(broken.header("content-type")).startsWith("application/problem+json");
        assertThat(broken.map()).containsKeys("type", "title", "status", "statusCode", "error", "message", "path", "method",
                "timestamp", "request_id").containsEntry("path", "/api/v1/parties");
        expect(api.post("/api/v1/parties", object("name", "X", "colour", "blue"), tenant()), 400);
        expect(api.post("/api/v1/items", object("name", "Bad price", "selling_price", true), tenant()), 400);
        expect(api.post("/api/v1/stock/adjust", object("item_id", rice, "adjustment_type", "decrease", "quantity", 1000), tenant()), 409);
        expect(api.get("/api/v1/users/me"), 401);
        ApiResponse hugeId = expect(api.get("/api/v1/parties/" + "a".repeat(10_000), tenant()), 400);
        assertThat(hugeId.text("path")).startsWith("/api/v1/parties/aaaa");
    }

    @Test
    @Order(11)
    void theServerLoggedNoFault() {
        system.serverLog().ifPresent(log -> assertThat(log.lines().filter(line -> line.contains("\"level\":\"ERROR\"")))
                .as("errors the server logged").isEmpty());
    }
}
