package com.bizsuite.system;

import com.bizsuite.testing.ApiClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashSet;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Split mode: the inventory service stopped while several clients issue invoices through the
 * gateway, then started again. Issuing goes on, since an invoice's stock moves are written by the
 * invoice service in its own transaction (ADR 0013); the inventory routes, and a new invoice whose
 * items must be read from the catalogue, answer 503 (or 502) in the contract's problem body; and
 * afterwards every issued invoice has its stock moves and stock equals the ledger.
 */
class SplitInventoryDownIT extends SplitFixture {

    private static final int CLIENTS = 4;
    private static final String ISSUE = "POST /api/v1/invoices/{id}/issue";
    private static final String CREATE = "POST /api/v1/invoices";
    private static final String ITEM = "GET /api/v1/items/{id}";
    private static final String SUMMARY = "GET /api/v1/stock/summary";

    private final Queue<String> drafts = new ConcurrentLinkedQueue<>();

    @BeforeAll
    void draftsToIssue() {
        drafts.addAll(drafts(250));
    }

    @Test
    void issuingGoesOnWhileInventoryIsDownAndEveryStockMoveIsThere() {
        Load.Running load = Load.start(api, CLIENTS, this::issueOrReadStock);
        JarProcess.pause(Duration.ofMillis(1500));
        ServiceFault fault = ServiceFault.play(split, load, "inventory", JarProcess::stop, Duration.ofSeconds(3),
                () -> api.get("/api/v1/items/" + rice, tenant()));
        fault.record(FIGURES, "stopped by SIGTERM");
        Load.Report all = fault.all();
        Load.Report outage = fault.during();

        answeredTruthfully(all);
        assertThat(all.byRoute(ISSUE)).as("issuing never needs the inventory service").isNotEmpty()
                .allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(200));
        assertThat(outage.byRoute(ISSUE)).as("invoices issued while inventory was down").isNotEmpty();
        assertThat(outage.byRoute(ITEM)).as("inventory routes while it is down").anySatisfy(r -> assertThat(r.status()).isEqualTo(503));
        for (String route : new String[]{ITEM, SUMMARY}) {
            assertThat(outage.byRoute(route)).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isIn(200, 502, 503));
        }
        assertThat(outage.byRoute(CREATE)).as("a new invoice reads its items from the inventory service")
                .allSatisfy(r -> assertThat(r.status()).as(r.toString()).isIn(201, 502, 503));
        assertThat(fault.before().statuses()).containsOnly(200, 201);
        assertThat(fault.after().statuses()).containsOnly(200, 201);

        Set<String> issued = new HashSet<>();
        all.all().stream().filter(r -> r.route().equals(ISSUE) || r.route().equals(CREATE)).filter(r -> r.status() / 100 == 2)
                .forEach(r -> issued.add((String) read(r.body()).get("id")));
        WholeWrites writes = writes();
        assertThat(writes.issuedInvoices()).as("the issued invoices are those clients were told of").isEqualTo(issued);
        assertThat(writes.apiProblems(issued, Set.of(rice))).isEmpty();
        assertThat(api.get("/api/v1/items/" + rice, tenant()).text("current_stock")).as("one unit per issued invoice")
                .isEqualTo(OPENING_STOCK - issued.size() + ".000");
        Load.note(FIGURES, "- lost: nothing; " + issued.size() + " invoices issued, each with its stock move and audit entries; "
                + nothingHalfWrittenInTheDatabase() + "; stock " + (OPENING_STOCK - issued.size()) + " = the ledger");
    }

    // a client's next request after a short pause, so that the drafts last while the service starts again
    private Load.Result issueOrReadStock(ApiClient client, long n) {
        JarProcess.pause(Duration.ofMillis(100));
        return switch ((int) (n % 4)) {
            case 0 -> Load.timed(ITEM, () -> client.get("/api/v1/items/" + rice, tenant()));
            case 1 -> Load.timed(SUMMARY, () -> client.get("/api/v1/stock/summary", tenant()));
            case 2 -> Load.timed(CREATE, () -> client.post("/api/v1/invoices", sale(), tenant()));
            default -> {
                String draft = drafts.poll();
                yield draft == null ? Load.timed("no draft left to issue", () -> {
                    throw new IllegalStateException("the test needs more drafts");
                }) : Load.timed(ISSUE, () -> client.post("/api/v1/invoices/" + draft + "/issue", null, tenant()));
            }
        };
    }
}
