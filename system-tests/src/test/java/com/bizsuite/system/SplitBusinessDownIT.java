package com.bizsuite.system;

import com.bizsuite.testing.ApiClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

import static com.bizsuite.testing.ApiClient.bearer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Split mode: the business service stopped. A request whose permission check is warm in the
 * Redis cache and that needs no business data (reading an invoice or an item) keeps working;
 * everything that needs the business service (its own routes, a new invoice's party, an issue's
 * settings) answers 503 (or 502) in the contract's problem body, never 500 and never after a hang;
 * after it starts again all is well, and the drafts it could not issue are issued without a gap.
 */
class SplitBusinessDownIT extends SplitFixture {

    private static final int CLIENTS = 4;
    private static final String INVOICE = "GET /api/v1/invoices/{id}";
    private static final String ITEM = "GET /api/v1/items/{id}";
    private static final String ME = "GET /api/v1/users/me";
    private static final String PARTIES = "GET /api/v1/parties";
    private static final String CREATE = "POST /api/v1/invoices";
    private static final String ISSUE = "POST /api/v1/invoices/{id}/issue";
    private static final Set<String> NEED_NO_BUSINESS = Set.of(INVOICE, ITEM, ME);

    private final Queue<String> drafts = new ConcurrentLinkedQueue<>();
    private String invoice;

    @BeforeAll
    void anIssuedInvoiceAndDrafts() {
        invoice = created(api.post("/api/v1/invoices", sale(), tenant()));
        drafts.addAll(drafts(60));
    }

    @Test
    void cachedPermissionsKeepReadsGoingAndWhatNeedsTheBusinessServiceIsA503() {
        Load.Report warm = Load.run(api, CLIENTS, 1000, this::mixed);
        long stopping = System.nanoTime();
        split.process("business").stop();
        long stopMillis = Duration.ofNanos(System.nanoTime() - stopping).toMillis();
        Load.Report down = Load.run(api, CLIENTS, 3000, this::mixed);
        Duration restart = split.restart("business");
        long back = Load.untilStatus(200, 30_000, () -> api.get("/api/v1/parties", tenant()));
        Load.Report after = Load.run(api, CLIENTS, 1000, this::mixed);
        Load.record(FIGURES, "before the stop", warm);
        Load.record(FIGURES, "business stopped by SIGTERM in " + stopMillis + " ms; then", down);
        Load.record(FIGURES, "business started again (ready in " + restart.toMillis() + " ms, through the gateway " + back + " ms later); then",
                after);

        answeredTruthfully(warm);
        answeredTruthfully(down);
        answeredTruthfully(after);
        assertThat(warm.statuses()).containsOnly(200, 201);
        NEED_NO_BUSINESS.forEach(route -> assertThat(down.byRoute(route)).as(route).isNotEmpty()
                .allSatisfy(r -> assertThat(r.status()).as("%s with a warm permission cache: %s", route, r).isEqualTo(200)));
        for (String route : List.of(PARTIES, CREATE, ISSUE)) {
            assertThat(down.byRoute(route)).as(route).isNotEmpty()
                    .allSatisfy(r -> assertThat(r.status()).as("%s needs the business service: %s", route, r).isIn(502, 503));
        }
        assertThat(after.statuses()).containsOnly(200, 201);

        drafts.forEach(draft -> assertThat(api.post("/api/v1/invoices/" + draft + "/issue", null, tenant()).status()).isEqualTo(200));
        WholeWrites writes = writes();
        Set<String> issued = writes.issuedInvoices();
        assertThat(writes.apiProblems(issued, Set.of(rice))).isEmpty();
        Load.note(FIGURES, "- lost: nothing; the drafts refused while business was down issued afterwards without a gap: "
                + nothingHalfWrittenInTheDatabase());
    }

    private Load.Result mixed(ApiClient client, long n) {
        return switch ((int) (n % 6)) {
            case 0 -> Load.timed(INVOICE, () -> client.get("/api/v1/invoices/" + invoice, tenant()));
            case 1 -> Load.timed(ITEM, () -> client.get("/api/v1/items/" + rice, tenant()));
            case 2 -> Load.timed(ME, () -> client.get("/api/v1/users/me", bearer(owner.accessToken())));
            case 3 -> Load.timed(PARTIES, () -> client.get("/api/v1/parties", tenant()));
            case 4 -> Load.timed(CREATE, () -> client.post("/api/v1/invoices", sale(), tenant()));
            default -> {
                String draft = drafts.poll();
                Load.Result issued = Load.timed(ISSUE, () -> client.post("/api/v1/invoices/" + draft + "/issue", null, tenant()));
                if (issued.status() != 200) {
                    drafts.add(draft);
                }
                yield issued;
            }
        };
    }
}
