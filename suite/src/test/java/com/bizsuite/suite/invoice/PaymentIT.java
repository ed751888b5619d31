package com.bizsuite.suite.invoice;

import com.bizsuite.testing.ApiResponse;
import com.bizsuite.testing.ApiTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
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
class PaymentIT extends ApiTest {

    private LoggedIn owner;
    private String business;
    private String customer;

    @BeforeEach
    void arrange() {
        owner = newUser();
        business = api().post("/api/v1/businesses", object("name", "Payments " + System.nanoTime(), "state", "Maharashtra",
                "round_off", "off"), bearer(owner.accessToken())).text("id");
        customer = api().post("/api/v1/parties", object("name", "Customer", "billing_state", "Maharashtra"), tenant()).text("id");
    }

    private String[] tenant() {
        return new String[]{"Authorization", "Bearer " + owner.accessToken(), "x-business-id", business};
    }

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
