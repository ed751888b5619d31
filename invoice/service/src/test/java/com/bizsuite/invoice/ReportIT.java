package com.bizsuite.invoice;

import com.bizsuite.testing.ApiClient;
import com.bizsuite.testing.ApiResponse;
import com.bizsuite.testing.ApiTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.bizsuite.testing.ApiClient.bearer;
import static com.bizsuite.testing.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class ReportIT extends ApiTest {

    private LoggedIn owner;
    private String business;

    @BeforeEach
    void documents() {
        owner = newUser();
        business = api().post("/api/v1/businesses", object("name", "Reports " + System.nanoTime(), "state", "Maharashtra", "round_off", "off"),
                bearer(owner.accessToken())).text("id");
        String registered = party("name", "Bengaluru Buyer", "gstin", "29AAGCB7383J1Z4");
        String walkIn = party("name", "Walk-in", "billing_state", "Maharashtra");
        String supplier = party("name", "Steel Supplier", "type", "supplier", "billing_state", "Maharashtra");

        ApiResponse b2b = document(registered, "sale", "Steel rods", "7214", 10, 100, 18, null);
        document(walkIn, "sale", "Rice", "1006", 5, 100, 5, null);
        document(walkIn, "sale", "Rice", "1006", 1, 100, 5, "draft");
        String cancelled = document(walkIn, "sale", "Rice", "1006", 2, 100, 5, null).text("id");
        api().post("/api/v1/invoices/" + cancelled + "/cancel", null, tenant());
        document(supplier, "purchase", "Steel billets", "7207", 4, 50, 18, null);
        String line = (String) ((Map<?, ?>) ((List<?>) b2b.at("items")).getFirst()).get("id");
        api().post("/api/v1/invoices/" + b2b.text("id") + "/credit-notes",
                object("reason", "Short supply", "invoice_date", "2026-11-15", "items", List.of(object("invoice_item_id", line, "quantity", 2))), tenant());
    }

    private String[] tenant(String... more) {
        return ApiClient.tenant(owner.accessToken(), business, more);
    }

    private String party(Object... fields) {
        return api().post("/api/v1/parties", object(fields), tenant()).text("id");
    }

    private ApiResponse document(String party, String type, String item, String hsn, int qty, int price, int rate, String status) {
        Map<String, Object> body = object("party_id", party, "invoice_type", type, "invoice_date", "2026-11-10",
                "items", List.of(object("item_name", item, "hsn_code", hsn, "quantity", qty, "unit_price", price, "tax_rate", rate)));
        if (status != null) {
            body.put("status", status);
        }
        return api().post("/api/v1/invoices", body, tenant());
    }

    @Test
    void gstr1SplitsB2bB2cCreditNotesAndHsn() {
        ApiResponse r = api().get("/api/v1/reports/gstr1?from=2026-11-01&to=2026-11-30", tenant());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.at("b2b")).asList().hasSize(1);
        assertThat(r.text("b2b")).contains("gstin=29AAGCB7383J1Z4").contains("place_of_supply=29").contains("rate=18.00");
        assertThat(r.text("b2cs")).contains("taxable_value=500.00").contains("cgst=12.50");
        assertThat(r.at("cdnr")).asList().hasSize(1);
        assertThat(r.text("hsn")).contains("hsn=7214").contains("quantity=8.000").contains("taxable_value=800.00")
                .contains("hsn=1006").doesNotContain("7207");
    }

    @Test
    void gstr3bNetsInputTaxAgainstOutputTax() {
        ApiResponse r = api().get("/api/v1/reports/gstr3b?from=2026-11-01&to=2026-11-30", tenant());
        assertThat(r.text("outward_taxable.taxable_value")).isEqualTo("1300.00");
        assertThat(r.text("outward_taxable.igst")).isEqualTo("144.00");
        assertThat(r.text("outward_taxable.cgst")).isEqualTo("12.50");
        assertThat(r.text("input_tax_credit.cgst")).isEqualTo("18.00");
        assertThat(r.text("net_payable.igst")).isEqualTo("144.00");
        assertThat(r.text("net_payable.cgst")).isEqualTo("-5.50");
    }

    @Test
    void theSalesRegisterListsIssuedSalesAndCreditNotes() {
        ApiResponse r = api().get("/api/v1/reports/sales-register?from=2026-11-01&to=2026-11-30", tenant());
        assertThat(r.at("rows")).asList().hasSize(3);
        assertThat(r.text("grand_total")).as("1180 + 525 - 236 (credit note)").isEqualTo("1469.00");
        ApiResponse csv = api().get("/api/v1/reports/sales-register?from=2026-11-01&to=2026-11-30", tenant("Accept", "text/csv"));
        assertThat(csv.header("content-type")).startsWith("text/csv");
        assertThat(csv.body().lines().toList()).hasSize(4).first().asString().startsWith("invoice_number,invoice_type");
        assertThat(api().get("/api/v1/reports/gstr1?from=2026-11-01&to=2026-11-30&format=csv", tenant()).body()).startsWith("section,");
    }

    @Test
    void periodsAndPermissionsAreChecked() {
        assertThat(api().get("/api/v1/reports/gstr1?from=2026-11-30&to=2026-11-01", tenant()).status()).isEqualTo(400);
        assertThat(api().get("/api/v1/reports/gstr1?from=2026-11-01", tenant()).status()).isEqualTo(400);
        assertThat(api().get("/api/v1/reports/gstr3b?from=x&to=2026-11-30", tenant()).status()).isEqualTo(400);
        LoggedIn viewer = newUser();
        api().post("/api/v1/businesses/" + business + "/users", object("phone", viewer.phone(), "role", "viewer"), bearer(owner.accessToken()));
        String[] asViewer = {"Authorization", "Bearer " + viewer.accessToken(), "x-business-id", business};
        assertThat(api().get("/api/v1/reports/gstr1?from=2026-11-01&to=2026-11-30", asViewer).status()).isEqualTo(403);
        assertThat(api().get("/api/v1/reports/sales-register?from=2026-11-01&to=2026-11-30", asViewer).status()).isEqualTo(200);
    }
}
