package com.bizsuite.system;

import com.bizsuite.testing.ApiClient;
import com.bizsuite.testing.ApiResponse;
import com.bizsuite.testing.ApiTest.LoggedIn;
import com.bizsuite.testing.OtpLogin;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static com.bizsuite.testing.ApiClient.bearer;
import static com.bizsuite.testing.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the split-mode fault tests: the shared {@link SplitDeployment}, a client of its gateway,
 * a business of the test's own with a customer, and the checks every fault test makes of what
 * clients saw. Figures go to {@code target/split-fault-figures.md}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SplitFixture {

    static final String FIGURES = "split-fault-figures.md";
    /**
     * Far beyond any time-out a request can meet on its way (a façade call's 3 s read time-out,
     * retried once; the pool's 1 s; Redis's 500 ms): an answer this late is a hang.
     */
    static final long HANG_MILLIS = 15_000;
    static final String INVOICE_DATE = "2026-11-20";
    static final int OPENING_STOCK = 100_000;

    static {
        // one run's figures: the tests of a JVM append to it
        try {
            Files.deleteIfExists(Path.of("target", FIGURES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected final SplitDeployment split = SplitDeployment.shared();
    protected final JsonMapper json = JsonMapper.createDefault();
    protected final ApiClient api = new ApiClient(split.gateway(), json);
    protected final OtpLogin logins = new OtpLogin(api, split.outbox(), json);
    protected LoggedIn owner;
    protected String business;
    protected String customer;
    /** An item with {@link #OPENING_STOCK} units at the start. */
    protected String rice;

    @BeforeAll
    void aBusinessOfItsOwn() {
        split.ensureRunning();
        owner = logins.login(OtpLogin.newPhone());
        business = created(api.post("/api/v1/businesses", object("name", getClass().getSimpleName(), "state", "Maharashtra"),
                bearer(owner.accessToken())));
        customer = created(api.post("/api/v1/parties", object("name", "Walk-in", "billing_state", "Maharashtra"), tenant()));
        rice = created(api.post("/api/v1/items", object("name", "Rice", "tax_rate", 5, "current_stock", OPENING_STOCK), tenant()));
        Load.note(FIGURES, System.lineSeparator() + "## " + getClass().getSimpleName() + System.lineSeparator());
    }

    @AfterAll
    void everyProcessRunsAgain() {
        split.ensureRunning();
    }

    protected String[] tenant(String... more) {
        return ApiClient.tenant(owner.accessToken(), business, more);
    }

    /** A sale of one unit of rice to the customer, then {@code more} fields. */
    protected Map<String, Object> sale(Object... more) {
        Map<String, Object> body = object("party_id", customer, "invoice_type", "sale", "invoice_date", INVOICE_DATE,
                "items", List.of(object("item_id", rice, "quantity", 1, "unit_price", 100)));
        body.putAll(object(more));
        return body;
    }

    /** {@code count} draft sales, made by several clients at once; their ids. */
    protected List<String> drafts(int count) {
        Map<String, Object> draft = sale("status", "draft");
        try (ExecutorService clients = Executors.newFixedThreadPool(6)) {
            return IntStream.range(0, count).mapToObj(n -> clients.submit(() -> created(api.post("/api/v1/invoices", draft, tenant()))))
                    .toList().stream().map(SplitFixture::result).toList();
        }
    }

    protected WholeWrites writes() {
        return new WholeWrites(api, business, tenant());
    }

    /** Asserts that PostgreSQL holds nothing half-written for the business; what it holds, for the figures. */
    protected Map<String, String> nothingHalfWrittenInTheDatabase() {
        try (Connection database = split.database()) {
            assertThat(WholeWrites.databaseProblems(database, business)).isEmpty();
            return WholeWrites.counts(database, business);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    protected Map<String, Object> read(String body) {
        try {
            return json.readValue(body, Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON: " + body, e);
        }
    }

    /**
     * Every request was answered, none after a hang, none with a 500, and every refusal in the
     * contract's problem body ({@code Retry-After} on a 503).
     */
    protected void answeredTruthfully(Load.Report report) {
        assertThat(report.all()).allSatisfy(r -> {
            assertThat(r.status()).as("an answer, and no 500: %s", r).isNotIn(0, 500);
            assertThat(r.millis()).as("no hang: %s", r).isLessThan(HANG_MILLIS);
            if (r.status() >= 400) {
                assertThat(r.contentType()).as("the problem body: %s", r).startsWith("application/problem+json");
                assertThat(read(r.body())).as("the problem body: %s", r)
                        .containsKeys("type", "title", "status", "error", "message", "path", "method", "timestamp", "request_id")
                        .containsEntry("status", r.status());
            }
            if (r.status() == 503) {
                assertThat(r.retryAfter()).as("Retry-After: %s", r).isNotBlank();
            }
        });
    }

    protected static String created(ApiResponse response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.text("id");
    }

    private static <T> T result(Future<T> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
