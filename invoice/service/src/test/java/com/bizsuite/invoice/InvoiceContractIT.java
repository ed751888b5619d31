package com.bizsuite.invoice;

import com.bizsuite.testing.ApiResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.bizsuite.testing.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The invoice and payment contract the old clients rely on: the old DTOs' enumerations and
 * optional fields with their defaults, the old response fields, and what the old web client
 * sends (ashishnimrot/business {@code web-app/app/invoices}).
 */
@MicronautTest(transactional = false)
class InvoiceContractIT extends OneBusinessSetup {

    private static final List<String> OLD_INVOICE_FIELDS = List.of("id", "business_id", "party_id", "invoice_number", "invoice_type",
            "invoice_date", "due_date", "place_of_supply", "is_interstate", "is_export", "is_rcm", "subtotal", "discount_amount",
            "taxable_amount", "cgst_amount", "sgst_amount", "igst_amount", "cess_amount", "total_amount", "payment_status", "status", "terms",
            "notes", "items", "created_at", "updated_at");
    private static final List<String> OLD_LINE_FIELDS = List.of("id", "item_id", "item_name", "item_description", "hsn_code", "unit",
            "quantity", "unit_price", "discount_percent", "discount_amount", "tax_rate", "cess_rate", "cgst_rate", "sgst_rate", "igst_rate",
            "taxable_amount", "cgst_amount", "sgst_amount", "igst_amount", "cess_amount", "total_amount");
    private static final List<String> OLD_PAYMENT_FIELDS = List.of("id", "business_id", "party_id", "invoice_id", "transaction_type",
            "transaction_date", "amount", "payment_mode", "reference_number", "bank_name", "cheque_number", "cheque_date", "notes", "status",
            "created_at", "updated_at");

    /** The old DTO's required fields only: one line without an item, rate or discount. */
    private Map<String, Object> minimalInvoice(Object... extra) {
        Map<String, Object> body = object("party_id", customer, "invoice_type", "sale", "invoice_date", "2026-11-23",
                "items", List.of(object("item_name", "Consulting", "quantity", 2, "unit_price", 500)));
        for (int i = 0; i + 1 < extra.length; i += 2) {
            body.put((String) extra[i], extra[i + 1]);
        }
        return body;
    }

    private Map<String, Object> minimalPayment(Object... extra) {
        Map<String, Object> body = object("party_id", customer, "transaction_type", "payment_in", "transaction_date", "2026-11-24",
                "amount", 100, "payment_mode", "cash");
        for (int i = 0; i + 1 < extra.length; i += 2) {
            body.put((String) extra[i], extra[i + 1]);
        }
        return body;
    }

    private ApiResponse create(Map<String, Object> body) {
        return api().post("/api/v1/invoices", body, tenant());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> firstLine(ApiResponse invoice) {
        return (Map<String, Object>) ((List<?>) invoice.at("items")).getFirst();
    }

    @Test
    void everyOldEnumerationValueIsAccepted() {
        for (String type : List.of("sale", "purchase", "quotation", "proforma")) {
            ApiResponse created = create(minimalInvoice("invoice_type", type));
            assertThat(created.status()).as(type + " " + created).isEqualTo(201);
            assertThat(created.text("invoice_type")).isEqualTo(type);
            assertThat(api().get("/api/v1/invoices?invoiceType=" + type, tenant()).at("total")).isEqualTo(1);
        }
        for (String paymentStatus : List.of("unpaid", "partial", "paid")) {
            assertThat(api().get("/api/v1/invoices?paymentStatus=" + paymentStatus, tenant()).status()).isEqualTo(200);
        }
        for (String mode : List.of("cash", "bank", "upi", "cheque", "credit", "card")) {
            ApiResponse paid = api().post("/api/v1/payments", minimalPayment("payment_mode", mode), tenant());
            assertThat(paid.status()).as(mode + " " + paid).isEqualTo(201);
            assertThat(paid.text("payment_mode")).isEqualTo(mode);
        }
        for (String type : List.of("payment_in", "payment_out")) {
            ApiResponse paid = api().post("/api/v1/payments", minimalPayment("transaction_type", type), tenant());
            assertThat(paid.status()).as(type + " " + paid).isEqualTo(201);
            assertThat(api().get("/api/v1/payments?transactionType=" + type, tenant()).status()).isEqualTo(200);
            for (String status : List.of("active", "cancelled")) {
                ApiResponse patched = api().patch("/api/v1/payments/" + paid.text("id"), object("status", status), tenant());
                assertThat(patched.status()).as(status + " " + patched).isEqualTo(200);
                assertThat(patched.text("status")).isEqualTo(status);
            }
        }
        for (String status : List.of("draft", "sent")) {
            String draft = create(minimalInvoice("status", "draft")).text("id");
            ApiResponse patched = api().patch("/api/v1/invoices/" + draft, object("status", status), tenant());
            assertThat(patched.status()).as(status + " " + patched).isEqualTo(200);
            assertThat(patched.text("status")).as("sent is the old word for an invoice out of the draft stage")
                    .isEqualTo(status.equals("sent") ? "issued" : "draft");
        }
    }

    @Test
    void everyOptionalFieldMayBeLeftOutAndGetsTheOldDefault() {
        ApiResponse invoice = create(minimalInvoice());
        assertThat(invoice.status()).as(invoice.toString()).isEqualTo(201);
        assertThat(invoice.map()).containsEntry("due_date", "2026-12-23").containsEntry("is_interstate", false)
                .containsEntry("is_export", false).containsEntry("is_rcm", false).containsEntry("terms", null).containsEntry("notes", null)
                .containsEntry("payment_status", "unpaid").containsEntry("place_of_supply", "27").containsEntry("taxable_amount", "1000.00")
                .containsEntry("total_amount", "1000.00");
        assertThat(firstLine(invoice)).containsEntry("item_id", null).containsEntry("item_description", null).containsEntry("hsn_code", null)
                .containsEntry("unit", null).containsEntry("discount_percent", "0.00").containsEntry("tax_rate", "0.00")
                .containsEntry("cess_rate", "0.00").containsEntry("cgst_amount", "0.00");

        ApiResponse payment = api().post("/api/v1/payments", minimalPayment(), tenant());
        assertThat(payment.status()).as(payment.toString()).isEqualTo(201);
        assertThat(payment.map()).containsEntry("invoice_id", null).containsEntry("reference_number", null).containsEntry("bank_name", null)
                .containsEntry("cheque_number", null).containsEntry("cheque_date", null).containsEntry("notes", null)
                .containsEntry("status", "active").containsEntry("unallocated_amount", "100.00");
    }

    @Test
    void everyOldResponseFieldIsPresent() {
        String item = api().post("/api/v1/items", object("name", "Rice", "tax_rate", 5, "hsn_code", "1006", "current_stock", 10), tenant())
                .text("id");
        ApiResponse invoice = create(minimalInvoice("items", List.of(object("item_id", item, "quantity", 1, "unit_price", 60))));
        assertThat(invoice.map()).containsKeys(OLD_INVOICE_FIELDS.toArray(String[]::new));
        assertThat(firstLine(invoice)).containsKeys(OLD_LINE_FIELDS.toArray(String[]::new));
        ApiResponse read = api().get("/api/v1/invoices/" + invoice.text("id"), tenant());
        assertThat(read.map()).containsKeys(OLD_INVOICE_FIELDS.toArray(String[]::new));

        ApiResponse invoices = api().get("/api/v1/invoices", tenant());
        assertThat(invoices.map()).containsKeys("invoices", "total", "page", "limit").containsEntry("page", 1).containsEntry("limit", 20);
        @SuppressWarnings("unchecked")
        Map<String, Object> listed = (Map<String, Object>) ((List<?>) invoices.at("invoices")).getFirst();
        assertThat(listed).containsKeys(OLD_INVOICE_FIELDS.toArray(String[]::new));

        ApiResponse payment = api().post("/api/v1/payments", minimalPayment("invoice_id", invoice.text("id"), "amount", 63), tenant());
        assertThat(payment.map()).containsKeys(OLD_PAYMENT_FIELDS.toArray(String[]::new));
        assertThat(api().get("/api/v1/payments/" + payment.text("id"), tenant()).map()).containsKeys(OLD_PAYMENT_FIELDS.toArray(String[]::new));
        ApiResponse payments = api().get("/api/v1/payments", tenant());
        assertThat(payments.map()).containsKeys("payments", "data", "total", "page", "limit").containsEntry("limit", 20);
        @SuppressWarnings("unchecked")
        Map<String, Object> listedPayment = (Map<String, Object>) ((List<?>) payments.at("payments")).getFirst();
        assertThat(listedPayment).containsKeys(OLD_PAYMENT_FIELDS.toArray(String[]::new));
        @SuppressWarnings("unchecked")
        Map<String, Object> ofInvoice = (Map<String, Object>) api().get("/api/v1/payments/invoices/" + invoice.text("id"), tenant()).list()
                .getFirst();
        assertThat(ofInvoice).containsKeys(OLD_PAYMENT_FIELDS.toArray(String[]::new));

        ApiResponse form = api().get("/api/v1/invoices/new", tenant());
        assertThat(form.map()).containsEntry("defaultInvoiceType", "sale").containsEntry("defaultStatus", "issued")
                .containsEntry("defaultPaymentStatus", "unpaid").containsEntry("invoice_type", "sale").containsEntry("status", "issued")
                .containsKeys("invoice_date", "due_date", "invoice_number_preview");
    }

    @Test
    void theDueDateDefaultsToThirtyDaysAfterTheInvoiceDate() {
        assertThat(create(minimalInvoice("due_date", "2026-11-30")).text("due_date")).isEqualTo("2026-11-30");
        assertThat(create(minimalInvoice("due_date", null)).text("due_date")).isEqualTo("2026-12-23");
        ApiResponse draft = create(minimalInvoice("status", "draft"));
        assertThat(draft.text("due_date")).isEqualTo("2026-12-23");
        String url = "/api/v1/invoices/" + draft.text("id");
        assertThat(api().patch(url, object("invoice_date", "2026-11-25"), tenant()).text("due_date"))
                .as("the draft has a due date: it stays").isEqualTo("2026-12-23");
        assertThat(api().patch(url, object("due_date", null), tenant()).text("due_date")).as("a null clears it").isNull();
        assertThat(api().patch(url, object("notes", "x"), tenant()).text("due_date"))
                .as("a draft without one gets the default").isEqualTo("2026-12-25");
    }

    @Test
    void exportAndReverseChargeAreFalseOrRefused() {
        ApiResponse ordinary = create(minimalInvoice("is_export", false, "is_rcm", false, "status", "draft"));
        assertThat(ordinary.status()).as(ordinary.toString()).isEqualTo(201);
        assertThat(ordinary.map()).containsEntry("is_export", false).containsEntry("is_rcm", false).containsEntry("cgst_amount", "0.00");
        ApiResponse export = create(minimalInvoice("is_export", true));
        assertThat(export.status()).isEqualTo(400);
        assertThat(export.text("detail")).isEqualTo("is_export: export invoices are not supported yet; send false or leave it out");
        ApiResponse rcm = create(minimalInvoice("is_rcm", true));
        assertThat(rcm.status()).isEqualTo(400);
        assertThat(rcm.text("detail")).isEqualTo("is_rcm: reverse-charge invoices are not supported yet; send false or leave it out");
        assertThat(create(minimalInvoice("is_export", "yes")).status()).isEqualTo(400);
        String url = "/api/v1/invoices/" + ordinary.text("id");
        assertThat(api().patch(url, object("is_rcm", false), tenant()).status()).isEqualTo(200);
        assertThat(api().patch(url, object("is_export", true), tenant()).status()).isEqualTo(400);
        assertThat(api().get("/api/v1/invoices?limit=100", tenant()).at("total")).as("nothing refused was written").isEqualTo(1);
    }

    @Test
    void aLineKeepsItsDescriptionAndAUnitOfTwentyCharacters() {
        String unit = "cartons of 12 bottle";
        ApiResponse draft = create(minimalInvoice("status", "draft", "items", List.of(object("item_name", "Juice", "item_description",
                "Mango, 1 l, chilled", "unit", unit, "quantity", 3, "unit_price", 240, "tax_rate", 12))));
        assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
        assertThat(firstLine(draft)).containsEntry("item_description", "Mango, 1 l, chilled").containsEntry("unit", unit);
        ApiResponse patched = api().patch("/api/v1/invoices/" + draft.text("id"), object("notes", "kept lines"), tenant());
        assertThat(firstLine(patched)).containsEntry("item_description", "Mango, 1 l, chilled").containsEntry("unit", unit);
        ApiResponse issued = api().post("/api/v1/invoices/" + draft.text("id") + "/issue", null, tenant());
        assertThat(firstLine(issued)).containsEntry("item_description", "Mango, 1 l, chilled");
        ApiResponse tooLong = create(minimalInvoice("items", List.of(object("item_name", "Juice", "unit", unit + "s", "quantity", 1,
                "unit_price", 1))));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.text("detail")).contains("unit").endsWith("size must be between 0 and 20");
    }

    @Test
    void aLineWithoutItemOrRateIsUntaxedAndAnItemKeepsItsRate() {
        String item = api().post("/api/v1/items", object("name", "Rice", "tax_rate", 5, "current_stock", 10), tenant()).text("id");
        ApiResponse invoice = create(minimalInvoice("items", List.of(object("item_name", "Labour", "quantity", 1, "unit_price", 100),
                object("item_id", item, "quantity", 1, "unit_price", 100))));
        assertThat(invoice.status()).as(invoice.toString()).isEqualTo(201);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> lines = (List<Map<String, Object>>) invoice.at("items");
        assertThat(lines.get(0)).containsEntry("tax_rate", "0.00").containsEntry("cgst_amount", "0.00");
        assertThat(lines.get(1)).containsEntry("tax_rate", "5.00").containsEntry("cgst_amount", "2.50");
        assertThat(invoice.text("total_amount")).isEqualTo("205.00");
    }

    @Test
    void theOldEditPageBodyIsAcceptedAndTheServerComputesTheAmounts() {
        String id = create(minimalInvoice("status", "draft")).text("id");
        // what web-app/app/invoices/[id]/edit/page.tsx sends: its own totals and the invoice's status
        Map<String, Object> edit = object("invoice_type", "sale", "party_id", customer, "invoice_date", "2026-11-23", "due_date",
                "2026-12-23", "status", "draft", "notes", "edited", "items", List.of(object("item_name", "Consulting", "quantity", 3,
                        "unit_price", 500, "tax_rate", 18, "discount_percent", 0)),
                "subtotal_amount", 1, "tax_amount", 2, "total_amount", 3);
        ApiResponse edited = api().patch("/api/v1/invoices/" + id, edit, tenant());
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.map()).containsEntry("status", "draft").containsEntry("subtotal_amount", "1500.00")
                .containsEntry("tax_amount", "270.00").containsEntry("total_amount", "1770.00").containsEntry("notes", "edited");
        ApiResponse created = create(minimalInvoice("total_amount", "1.00", "tax_amount", 0, "subtotal_amount", 1));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.text("total_amount")).isEqualTo("1000.00");

        Map<String, String> refusals = Map.of(
                "paid", "status: paid cannot be set; an issued invoice becomes paid when payments settle it (POST /payments)",
                "cancelled", "status: a draft cannot be cancelled; delete it, or issue it and cancel it with POST /invoices/{id}/cancel",
                "pending", "status: must be draft or issued");
        refusals.forEach((status, message) -> {
            ApiResponse refused = api().patch("/api/v1/invoices/" + id, object("status", status), tenant());
            assertThat(refused.status()).as(status).isEqualTo(400);
            assertThat(refused.text("detail")).isEqualTo(message);
        });
        assertThat(api().patch("/api/v1/invoices/" + id, object("balance", 5), tenant()).text("detail")).isEqualTo("Unknown field 'balance'");
        assertThat(api().patch("/api/v1/invoices/" + id, object("items", List.of(object("item_name", "X", "quantity", 1, "unit_price", 1,
                "gst_rate", 18))), tenant()).status()).as("a line's unknown field").isEqualTo(400);
        assertThat(api().get("/api/v1/invoices/" + id, tenant()).text("status")).isEqualTo("draft");
    }
}
