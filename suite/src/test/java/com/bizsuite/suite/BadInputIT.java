package com.bizsuite.suite;

import com.bizsuite.testing.ApiResponse;
import com.bizsuite.testing.ApiTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.bizsuite.testing.ApiClient.bearer;
import static com.bizsuite.testing.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

/** Inputs found by probing the running suite: each used to be a 500 or a silent coercion, each is a clear 4xx now. */
@MicronautTest(transactional = false)
class BadInputIT extends ApiTest {

    private String[] tenant(LoggedIn owner, String business) {
        return new String[]{"Authorization", "Bearer " + owner.accessToken(), "x-business-id", business};
    }

    private String business(LoggedIn owner) {
        return api().post("/api/v1/businesses", object("name", "Probe " + System.nanoTime()), bearer(owner.accessToken())).text("id");
    }

    @Test
    void nulCharactersAre400() {
        LoggedIn owner = newUser();
        String business = business(owner);
        ApiResponse body = api().post("/api/v1/parties", object("name", "Bad\u0000Name"), tenant(owner, business));
        assertThat(body.status()).isEqualTo(400);
        assertThat(body.text("message")).isEqualTo("name: must not contain NUL characters");
        assertThat(api().get("/api/v1/parties?search=%00", tenant(owner, business)).status()).isEqualTo(400);
        assertThat(api().get("/api/v1/items?search=a%00b", tenant(owner, business)).status()).isEqualTo(400);
    }

    @Test
    void wrongTypesAreNotCoerced() {
        LoggedIn owner = newUser();
        String business = business(owner);
        ApiResponse flag = api().post("/api/v1/items", object("name", "X", "track_stock", "abc"), tenant(owner, business));
        assertThat(flag.status()).isEqualTo(400);
        assertThat(flag.text("message")).isEqualTo("track_stock: must be true or false");
        ApiResponse whole = api().post("/api/v1/parties", object("name", "X", "credit_period_days", 1.5), tenant(owner, business));
        assertThat(whole.status()).isEqualTo(400);
        assertThat(whole.text("message")).isEqualTo("credit_period_days: must be a whole number");
        assertThat(api().post("/api/v1/parties", object("name", "X", "tags", Arrays.asList("a", null)), tenant(owner, business)).status())
                .isEqualTo(400);
    }

    @Test
    void decimalsTakeANumberOrANumericStringOnly() {
        LoggedIn owner = newUser();
        String business = api().post("/api/v1/businesses", object("name", "Decimals " + System.nanoTime(), "state", "Maharashtra"),
                bearer(owner.accessToken())).text("id");
        String[] tenant = tenant(owner, business);
        for (Object wrong : List.of(true, false, Map.of("amount", 1), List.of(1, 2))) {
            ApiResponse price = api().post("/api/v1/items", object("name", "X", "selling_price", wrong), tenant);
            assertThat(price.status()).as(wrong + " " + price).isEqualTo(400);
            assertThat(price.text("message")).isEqualTo("selling_price: must be a number or a numeric string");
        }
        assertThat(api().post("/api/v1/items", object("name", "X", "purchase_price", true), tenant).text("message"))
                .isEqualTo("purchase_price: must be a number or a numeric string");

        ApiResponse exact = api().post("/api/v1/items", "{\"name\":\"Exact\",\"selling_price\":1234567890123.45,"
                + "\"purchase_price\":\"0.10\",\"mrp\":0.1,\"current_stock\":12345678901.125}", tenant);
        assertThat(exact.status()).as(exact.toString()).isEqualTo(201);
        assertThat(exact.map()).containsEntry("selling_price", "1234567890123.45").containsEntry("purchase_price", "0.10")
                .containsEntry("mrp", "0.10").containsEntry("current_stock", "12345678901.125");
        String item = exact.text("id");

        ApiResponse flagQuantity = api().post("/api/v1/stock/adjust",
                object("item_id", item, "adjustment_type", "increase", "quantity", true), tenant);
        assertThat(flagQuantity.status()).isEqualTo(400);
        assertThat(flagQuantity.text("message")).isEqualTo("quantity: must be a number or a numeric string");
        assertThat(api().post("/api/v1/stock/adjust", object("item_id", item, "adjustment_type", "decrease", "quantity", "0.125"), tenant)
                .text("item.current_stock")).isEqualTo("12345678901.000");
        String tenth = "{\"item_id\":\"" + item + "\",\"adjustment_type\":\"increase\",\"quantity\":0.1}";
        assertThat(api().post("/api/v1/stock/adjust", tenth, tenant).text("item.current_stock")).isEqualTo("12345678901.100");

        String party = api().post("/api/v1/parties", object("name", "Buyer", "billing_state", "Maharashtra"), tenant).text("id");
        ApiResponse flagLine = api().post("/api/v1/invoices", object("party_id", party, "invoice_type", "sale", "invoice_date",
                "2026-11-23", "items", List.of(object("item_name", "Thing", "quantity", true, "unit_price", "10.00"))), tenant);
        assertThat(flagLine.status()).isEqualTo(400);
        assertThat(flagLine.text("message")).isEqualTo("items.quantity: must be a number or a numeric string");
        ApiResponse invoiced = api().post("/api/v1/invoices", object("party_id", party, "invoice_type", "sale",
                "invoice_date", "2026-11-23", "items", List.of(object("item_name", "Thing", "quantity", "2", "unit_price", 10.5,
                        "tax_rate", 18), object("item_name", "Other", "quantity", 0.5, "unit_price", "4", "tax_rate", "5"))), tenant);
        assertThat(invoiced.status()).as(invoiced.toString()).isEqualTo(201);
        assertThat(invoiced.text("subtotal")).isEqualTo("23.00");
    }

    @Test
    void searchWildcardsAreTakenLiterally() {
        LoggedIn owner = newUser();
        String business = business(owner);
        api().post("/api/v1/parties", object("name", "Plain Traders"), tenant(owner, business));
        api().post("/api/v1/parties", object("name", "100% Cotton"), tenant(owner, business));
        assertThat(api().get("/api/v1/parties?search=%25", tenant(owner, business)).list()).hasSize(1);
        assertThat(api().get("/api/v1/parties?search=_", tenant(owner, business)).list()).isEmpty();
        assertThat(api().get("/api/v1/items?search=%25", tenant(owner, business)).list()).isEmpty();
    }

    @Test
    void valuesBeyondAColumnAre400() {
        LoggedIn owner = newUser();
        String business = business(owner);
        ApiResponse huge = api().post("/api/v1/items", object("name", "X", "current_stock", 1, "purchase_price", "200000000000"),
                tenant(owner, business));
        assertThat(huge.status()).isEqualTo(400);
    }

    @Test
    void aLongIdThatTheLoadBalancerPassesIsAnOrdinary400() {
        LoggedIn owner = newUser();
        String path = "/api/v1/parties/" + "a".repeat(10 * 1024);
        ApiResponse refused = api().get(path, bearer(owner.accessToken(), "x-business-id", business(owner), "X-Request-ID", "probe-10k"));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.map()).containsEntry("path", path).containsEntry("request_id", "probe-10k");
        assertThat(refused.headers().get("x-request-id")).containsExactly("probe-10k");
    }

    @Test
    void aRequestLineBeyondTheLimitIs414WithItsPathAndARequestId() {
        ApiResponse refused = api().get("/api/v1/parties/" + "b".repeat(20 * 1024) + "?page=1");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(414);
        assertThat(refused.header("content-type")).startsWith("application/problem+json");
        assertThat(refused.map()).containsEntry("status", 414).containsEntry("method", "GET")
                .containsEntry("message", "The request line (method, path and query) is longer than 16384 bytes");
        assertThat(refused.text("path")).as("the start of the real path").startsWith("/api/v1/parties/bbbb").hasSizeLessThan(1024);
        assertThat(refused.text("instance")).isEqualTo(refused.text("path"));
        assertThat(refused.text("request_id")).isNotBlank().isEqualTo(refused.header("x-request-id"));
    }

    @Test
    void headersBeyondTheLimitAre431WithThePathAndARequestId() {
        ApiResponse refused = api().get("/api/v1/parties", "X-Padding", "c".repeat(70 * 1024));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(431);
        assertThat(refused.map()).containsEntry("path", "/api/v1/parties").containsEntry("status", 431)
                .containsEntry("message", "The request headers are larger than 65536 bytes in all");
        assertThat(refused.text("request_id")).isNotBlank().isEqualTo(refused.header("x-request-id"));
    }

    @Test
    void everyErrorCarriesOneRequestId() {
        ApiResponse missing = api().get("/api/v1/no-such-thing", "X-Request-ID", "probe-404");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.headers().get("x-request-id")).containsExactly("probe-404");
        assertThat(missing.text("request_id")).isEqualTo("probe-404");
    }

    @Test
    void identicalCreatesRacingGetOne201AndTheRest409() throws Exception {
        LoggedIn owner = newUser();
        String business = business(owner);
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            calls.add(() -> api().post("/api/v1/units", object("name", "Box", "short_name", "box", "decimal_places", 0),
                    tenant(owner, business)).status());
            calls.add(() -> api().post("/api/v1/items", object("name", "Same SKU", "sku", "SKU-RACE"), tenant(owner, business)).status());
        }
        List<Integer> statuses = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(16)) {
            for (Future<Integer> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
        }
        assertThat(statuses).allMatch(s -> s == 201 || s == 409);
        assertThat(statuses).filteredOn(s -> s == 201).hasSize(2);
    }
}
