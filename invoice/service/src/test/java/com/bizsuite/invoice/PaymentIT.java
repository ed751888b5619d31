package com.bizsuite.invoice;

import com.bizsuite.testing.ApiResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.bizsuite.testing.ApiClient.bearer;
import static com.bizsuite.testing.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class PaymentIT extends OneBusinessSetup {

    /** An issued sale of 1000.00 + 18% GST = 1180.00. */
    private String invoice() {
        return api().post("/api/v1/invoices", object("party_id", customer, "invoice_type", "sale", "invoice_date", "2026-11-20",
                "items", List.of(object("item_name", "Consulting", "quantity", 1, "unit_price", 1000, "tax_rate", 18))), tenant()).text("id");
    }

    private ApiResponse pay(Object amount, Object... more) {
        Map<String, Object> body = object("party_id", customer, "transaction_type", "payment_in", "transaction_date", "2026-11-22",
                "amount", amount, "payment_mode", "upi");
        for (int i = 0; i + 1 < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return api().post("/api/v1/payments", body, tenant());
    }

    private ApiResponse invoiceOf(String id) {
        return api().get("/api/v1/invoices/" + id, tenant());
    }

    @Test
    void aPaymentReadsTheSameInItsAnswerAndLater() {
        List<String> invoices = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            invoices.add(invoice());
        }
        List<Object> allocations = new ArrayList<>();
        invoices.forEach(id -> allocations.add(object("invoice_id", id, "amount", "10.00")));
        ApiResponse created = pay("60.00", "allocations", allocations);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        ApiResponse read = api().get("/api/v1/payments/" + created.text("id"), tenant());
        assertThat(read.at("allocations")).isEqualTo(created.at("allocations"));
        assertThat(read.header("ETag")).isEqualTo(created.header("ETag"));
    }

    @Test
    void aPaymentSettlesItsInvoice() {
        String id = invoice();
        ApiResponse partial = pay("500.00", "invoice_id", id);
        assertThat(partial.status()).as(partial.toString()).isEqualTo(201);
        assertThat(partial.text("invoice_id")).isEqualTo(id);
        assertThat(invoiceOf(id).map()).containsEntry("paid_amount", "500.00").containsEntry("balance_due", "680.00")
                .containsEntry("payment_status", "partial");
        pay("680.00", "invoice_id", id);
        assertThat(invoiceOf(id).map()).containsEntry("balance_due", "0.00").containsEntry("payment_status", "paid");
        assertThat(api().get("/api/v1/payments/invoices/" + id, tenant()).list()).hasSize(2);
    }

    @Test
    void overpayingIsRefusedAndTheRestCanStayAsAnAdvance() {
        String id = invoice();
        ApiResponse over = pay("1180.01", "invoice_id", id);
        assertThat(over.status()).isEqualTo(409);
        assertThat(invoiceOf(id).text("paid_amount")).isEqualTo("0.00");

        ApiResponse advance = pay("1500.00", "allocations", List.of(object("invoice_id", id, "amount", "1180.00")));
        assertThat(advance.status()).isEqualTo(201);
        assertThat(advance.text("unallocated_amount")).isEqualTo("320.00");
        assertThat(invoiceOf(id).text("payment_status")).isEqualTo("paid");

        ApiResponse ledger = api().get("/api/v1/parties/" + customer + "/ledger", tenant());
        assertThat(ledger.text("current_balance")).as("the customer has 320 on account").isEqualTo("-320.00");
        List<Object> types = ((List<?>) ledger.at("entries")).stream().map(e -> ((Map<?, ?>) e).get("type")).map(Object.class::cast).toList();
        assertThat(types).containsExactly("opening_balance", "invoice", "payment_in");
    }

    @Test
    void editingAndDeletingAPaymentMovesTheInvoiceBack() {
        String id = invoice();
        String payment = pay("1000.00", "invoice_id", id).text("id");
        ApiResponse edited = api().patch("/api/v1/payments/" + payment, object("party_id", customer, "transaction_type", "payment_in",
                "transaction_date", "2026-11-22", "amount", "200.00", "payment_mode", "cash", "invoice_id", id), tenant());
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(invoiceOf(id).text("balance_due")).isEqualTo("980.00");
        assertThat(api().delete("/api/v1/payments/" + payment, tenant()).status()).isEqualTo(204);
        assertThat(invoiceOf(id).map()).containsEntry("balance_due", "1180.00").containsEntry("payment_status", "unpaid");
        assertThat(api().get("/api/v1/payments/" + payment, tenant()).status()).isEqualTo(404);
        assertThat(api().get("/api/v1/payments", tenant()).at("total")).isEqualTo(0);
    }

    @Test
    void aPatchChangesOnlyTheFieldsItNamesAndKeepsWhatThePaymentSettles() {
        String id = invoice();
        ApiResponse created = pay("500.00", "invoice_id", id, "reference_number", "UTR-1", "notes", "first");
        String url = "/api/v1/payments/" + created.text("id");
        ApiResponse noted = api().patch(url, object("notes", "second"), tenant());
        assertThat(noted.status()).as(noted.toString()).isEqualTo(200);
        assertThat(noted.map()).containsEntry("notes", "second").containsEntry("reference_number", "UTR-1").containsEntry("amount", "500.00")
                .containsEntry("invoice_id", id).containsEntry("payment_mode", "upi").containsEntry("transaction_date", "2026-11-22")
                .containsEntry("status", "active");
        assertThat(invoiceOf(id).text("paid_amount")).isEqualTo("500.00");

        ApiResponse smaller = api().patch(url, object("amount", "300.00", "reference_number", null), tenant());
        assertThat(smaller.map()).as("the whole amount still settles the invoice").containsEntry("invoice_id", id)
                .containsEntry("unallocated_amount", "0.00").containsEntry("reference_number", null).containsEntry("notes", "second");
        assertThat(invoiceOf(id).map()).containsEntry("paid_amount", "300.00").containsEntry("balance_due", "880.00");

        ApiResponse unlinked = api().patch(url, object("invoice_id", null), tenant());
        assertThat(unlinked.map()).containsEntry("invoice_id", null).containsEntry("unallocated_amount", "300.00");
        assertThat(invoiceOf(id).text("payment_status")).isEqualTo("unpaid");

        assertThat(api().patch(url, object("amount", null), tenant()).text("detail")).isEqualTo("amount: must not be null");
        assertThat(api().patch(url, object("status", "refunded"), tenant()).status()).isEqualTo(400);
        assertThat(api().patch(url, object("colour", "red"), tenant()).status()).isEqualTo(400);
    }

    @Test
    void aPatchKeepsPartialAllocationsAndTheAdvance() {
        String id = invoice();
        String url = "/api/v1/payments/" + pay("1500.00", "allocations", List.of(object("invoice_id", id, "amount", "1180.00"))).text("id");
        ApiResponse edited = api().patch(url, object("amount", "1400.00", "payment_mode", "cheque", "cheque_number", "000123"), tenant());
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.map()).containsEntry("invoice_id", id).containsEntry("unallocated_amount", "220.00")
                .containsEntry("payment_mode", "cheque").containsEntry("cheque_number", "000123");
        assertThat(invoiceOf(id).text("payment_status")).isEqualTo("paid");
        ApiResponse tooSmall = api().patch(url, object("amount", "1000.00"), tenant());
        assertThat(tooSmall.status()).as("the kept allocation exceeds the new amount").isEqualTo(400);
        assertThat(invoiceOf(id).text("paid_amount")).isEqualTo("1180.00");
    }

    @Test
    void cancellingInAPatchIsADeleteThatOnlyWhoMayDeleteCanDo() {
        String id = invoice();
        String payment = pay("1000.00", "invoice_id", id).text("id");
        String url = "/api/v1/payments/" + payment;
        LoggedIn accountant = newUser();
        api().post("/api/v1/businesses/" + business + "/users", object("phone", accountant.phone(), "role", "accountant"),
                bearer(owner.accessToken()));
        String[] asAccountant = {"Authorization", "Bearer " + accountant.accessToken(), "x-business-id", business};
        assertThat(api().patch(url, object("notes", "checked"), asAccountant).status()).isEqualTo(200);
        ApiResponse refused = api().patch(url, object("status", "cancelled"), asAccountant);
        assertThat(refused.status()).as("payment:update without payment:delete").isEqualTo(403);
        assertThat(invoiceOf(id).text("paid_amount")).isEqualTo("1000.00");

        assertThat(api().patch(url, object("status", "active"), tenant()).text("status")).isEqualTo("active");
        ApiResponse cancelled = api().patch(url, object("status", "cancelled"), tenant());
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.map()).containsEntry("status", "cancelled").containsEntry("invoice_id", id).containsEntry("amount", "1000.00");
        assertThat(invoiceOf(id).map()).containsEntry("paid_amount", "0.00").containsEntry("payment_status", "unpaid");
        assertThat(api().get(url, tenant()).status()).isEqualTo(404);
        assertThat(api().get("/api/v1/payments", tenant()).at("total")).isEqualTo(0);
        assertThat(api().patch(url, object("status", "cancelled"), tenant()).status()).isEqualTo(404);
        List<Object> actions = ((List<?>) api().get("/api/v1/businesses/" + business + "/audit-logs?limit=100", bearer(owner.accessToken()))
                .at("logs")).stream().map(r -> ((Map<?, ?>) r).get("action")).map(Object.class::cast).toList();
        assertThat(actions).contains("payment.update", "payment.cancel");
        assertThat(pay("10.00", "status", "cancelled").status()).as("a new payment cannot be cancelled").isEqualTo(400);
    }

    @Test
    void twentyConcurrentPaymentsNeverExceedTheTotal() throws Exception {
        String id = invoice();
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            calls.add(() -> pay("100.00", "invoice_id", id).status());
        }
        List<Integer> statuses = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(20)) {
            for (Future<Integer> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
        }
        assertThat(statuses).filteredOn(s -> s == 201).hasSize(11);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(9);
        assertThat(invoiceOf(id).map()).containsEntry("paid_amount", "1100.00").containsEntry("balance_due", "80.00");
    }

    @Test
    void paymentsOnlySettleIssuedBillsOfTheSameParty() {
        String other = api().post("/api/v1/parties", object("name", "Someone else"), tenant()).text("id");
        String id = invoice();
        ApiResponse wrongParty = api().post("/api/v1/payments", object("party_id", other, "transaction_type", "payment_in",
                "transaction_date", "2026-11-22", "amount", 10, "payment_mode", "cash", "invoice_id", id), tenant());
        assertThat(wrongParty.status()).isEqualTo(400);
        assertThat(pay("10.00", "invoice_id", id, "transaction_type", "payment_out").status()).as("payment out against a sale").isEqualTo(400);
        assertThat(pay(0).status()).isEqualTo(400);
        assertThat(pay("10.00", "payment_mode", "barter").status()).isEqualTo(400);
        assertThat(pay("10.00", "allocations", List.of(object("invoice_id", id, "amount", 20))).status()).isEqualTo(400);
        assertThat(invoiceOf(id).text("paid_amount")).isEqualTo("0.00");
    }

    @Test
    void aCancelledInvoiceTakesNoPaymentsAndAPaidOneCannotBeCancelled() {
        String id = invoice();
        pay("100.00", "invoice_id", id);
        assertThat(api().post("/api/v1/invoices/" + id + "/cancel", null, tenant()).status()).isEqualTo(409);
        String other = invoice();
        api().post("/api/v1/invoices/" + other + "/cancel", null, tenant());
        assertThat(pay("10.00", "invoice_id", other).status()).isEqualTo(400);
    }
}
