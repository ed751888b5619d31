package com.bizsuite.invoice;

import com.bizsuite.testing.ApiResponse;
import com.bizsuite.testing.BusinessApiFixture;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static com.bizsuite.testing.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

/** A party's ledger, served by the invoice module: its old fields, the opening row, its dates and bad input. */
@MicronautTest(transactional = false)
class PartyLedgerIT extends BusinessApiFixture {

    private static final List<String> LEDGER_FIELDS = List.of("party_id", "party_name", "opening_balance", "opening_balance_type",
            "current_balance", "entries");
    private static final List<String> LEDGER_ENTRY_FIELDS = List.of("date", "type", "document_number", "description", "debit",
            "credit", "balance");

    @Test
    void theLedgerHasTheOldFields() {
        LoggedIn owner = newUser();
        String business = createBusiness(owner);
        String party = createParty(owner, business, "type", "supplier", "opening_balance", 250);
        ApiResponse ledger = api().get("/api/v1/parties/" + party + "/ledger", as(owner, business));
        assertThat(ledger.map()).containsKeys(LEDGER_FIELDS.toArray(String[]::new)).containsEntry("opening_balance_type", "credit");
        assertThat(rows(ledger.at("entries")).getFirst()).containsKeys(LEDGER_ENTRY_FIELDS.toArray(String[]::new))
                .containsEntry("type", "opening_balance").containsEntry("credit", "250.00");
        assertThat(rows(ledger.at("entries")).getFirst().get("date")).isNotNull();
        assertThat(api().get("/api/v1/parties/" + party + "/ledger?startDate=2026-04-01&endDate=2027-03-31", as(owner, business)).status())
                .isEqualTo(200);
    }

    @Test
    void theLedgerStartsWithTheOpeningBalance() {
        LoggedIn owner = newUser();
        String business = createBusiness(owner);
        String supplier = createParty(owner, business, "name", "Steel Co", "type", "supplier", "opening_balance", 2500,
                "opening_balance_type", "credit");
        ApiResponse ledger = api().get("/api/v1/parties/" + supplier + "/ledger?startDate=2026-04-01&endDate=2027-03-31", as(owner, business));
        assertThat(ledger.status()).as(ledger.toString()).isEqualTo(200);
        assertThat(ledger.map()).containsKeys("party_id", "party_name", "opening_balance", "opening_balance_type", "current_balance", "entries");
        assertThat(ledger.text("current_balance")).as("the business owes its supplier").isEqualTo("-2500.00");
        assertThat(rows(ledger.at("entries"))).singleElement().satisfies(e -> assertThat(e)
                .containsEntry("type", "opening_balance").containsEntry("date", "2026-04-01"));
        assertThat(api().get("/api/v1/parties/" + supplier + "/ledger?startDate=01-04-2026", as(owner, business)).status()).isEqualTo(400);
        assertThat(api().get("/api/v1/parties/abc/ledger", as(owner, business)).status()).as("not a UUID").isEqualTo(400);
    }

    @Test
    void withoutAStartDateTheOpeningRowIsDatedWhenThePartyWasCreated() {
        LoggedIn owner = newUser();
        String business = createBusiness(owner);
        String customer = createParty(owner, business, "type", "customer", "opening_balance", 100, "opening_balance_type", "debit");
        String today = LocalDate.now(ZoneId.of("Asia/Kolkata")).toString();
        assertThat(openingRow(owner, business, customer)).containsEntry("date", today).containsEntry("debit", "100.00");

        ApiResponse invoice = api().post("/api/v1/invoices", object("party_id", customer, "invoice_type", "sale",
                "invoice_date", "2026-04-10", "items", List.of(object("item_name", "Repairs", "quantity", 1, "unit_price", 100,
                        "tax_rate", 18))), as(owner, business));
        assertThat(invoice.status()).as(invoice.toString()).isEqualTo(201);
        assertThat(openingRow(owner, business, customer)).as("a back-dated invoice keeps the dates in order")
                .containsEntry("date", "2026-04-10");
    }

    private Map<String, Object> openingRow(LoggedIn owner, String business, String party) {
        ApiResponse ledger = api().get("/api/v1/parties/" + party + "/ledger", as(owner, business));
        assertThat(ledger.status()).as(ledger.toString()).isEqualTo(200);
        Map<String, Object> first = rows(ledger.at("entries")).getFirst();
        assertThat(first.get("type")).isEqualTo("opening_balance");
        return first;
    }
}
