package com.bizsuite.system;

import com.bizsuite.testing.ApiClient;
import com.bizsuite.testing.ApiResponse;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Split mode: the invoice service killed ({@code kill -9}) while several clients create and issue
 * invoices through the gateway, then started again. Every invoice a client was told of exists,
 * issued, numbered without gaps, with its stock movements and audit entries; nothing is half
 * written; and a client that retries with its {@code Idempotency-Key} gets its invoice exactly once.
 * Each invoice carries its request's tag in {@code notes}, so that every invoice can be traced to
 * the one request that made it, including those whose answer the crash cut off.
 */
class SplitInvoiceCrashIT extends SplitFixture {

    private static final int CLIENTS = 4;
    private static final String KEYED = "POST /api/v1/invoices (Idempotency-Key)";
    private static final String UNKEYED = "POST /api/v1/invoices";

    // the tag of each request sent, and its answer
    private final Map<String, Load.Result> answers = new ConcurrentHashMap<>();
    // the tags whose retry was answered with the response stored before the crash
    private final Set<String> replays = ConcurrentHashMap.newKeySet();

    @Test
    void everyInvoiceAClientWasToldOfIsWholeAfterTheCrashAndARetryMakesItOnce() {
        Load.Running load = Load.start(api, CLIENTS, this::createAndIssue);
        awaitIssued(20);
        ServiceFault fault = ServiceFault.play(split, load, "invoice", JarProcess::kill, Duration.ofSeconds(1),
                () -> api.get("/api/v1/invoices?limit=1", tenant()));
        fault.record(FIGURES, "killed by kill -9");
        Load.Report all = fault.all();
        answeredTruthfully(all);
        assertThat(fault.before().statuses()).containsOnly(201);
        assertThat(fault.after().statuses()).containsOnly(201);
        assertThat(fault.during().statuses()).as("a cut exchange is a 502, a refused connection a 503").isSubsetOf(201, 502, 503).contains(503);

        Map<String, String> retried = retryEveryUnansweredKey();
        Map<String, List<String>> invoicesByTag = issuedInvoicesByTag();
        assertThat(invoicesByTag).as("no request made two invoices").allSatisfy((tag, ids) -> assertThat(ids).as(tag).hasSize(1));
        assertThat(answers.keySet()).as("every invoice was made by a request that was sent").containsAll(invoicesByTag.keySet());
        answers.forEach((tag, answer) -> {
            if (answer.status() == 201) {
                assertThat(invoicesByTag.get(tag)).as("the invoice %s was told of", tag).containsExactly((String) read(answer.body()).get("id"));
            }
        });
        retried.forEach((tag, id) -> assertThat(invoicesByTag.get(tag)).as("the retried %s", tag).containsExactly(id));
        long unanswered = answers.values().stream().filter(a -> a.status() != 201).count();
        long cutOff = answers.entrySet().stream().filter(e -> e.getValue().status() != 201 && e.getValue().route().equals(UNKEYED))
                .filter(e -> invoicesByTag.containsKey(e.getKey())).count();
        Set<String> issued = invoicesByTag.values().stream().map(List::getFirst).collect(Collectors.toSet());
        assertThat(writes().apiProblems(issued, Set.of(rice))).isEmpty();
        assertThat(api.get("/api/v1/items/" + rice, tenant()).text("current_stock")).as("one unit per invoice")
                .isEqualTo(OPENING_STOCK - issued.size() + ".000");
        Load.note(FIGURES, "- lost: nothing; " + answers.size() + " requests, " + unanswered + " not answered 201; "
                + retried.size() + " retried with their Idempotency-Key, each answered 201 once (" + replays.size()
                + " replayed: committed before the crash); " + cutOff + " without a key were committed though the crash cut their answer off; "
                + issued.size() + " invoices, each traced to one request, whole: " + nothingHalfWrittenInTheDatabase());
    }

    // the kill must find the service busy, not still warming up
    private void awaitIssued(int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (answers.values().stream().filter(a -> a.status() == 201).count() < count) {
            assertThat(System.nanoTime() - deadline).as("%d invoices issued within a minute", count).isNegative();
            JarProcess.pause(Duration.ofMillis(50));
        }
    }

    private Load.Result createAndIssue(ApiClient client, long n) {
        String tag = "crash-" + n;
        boolean keyed = n % 2 == 0;
        Load.Result answer = Load.timed(keyed ? KEYED : UNKEYED, () -> client.post("/api/v1/invoices", sale("notes", tag),
                keyed ? tenant("Idempotency-Key", tag) : tenant()));
        answers.put(tag, answer);
        if (answer.status() != 201) {
            // as a client backs off before trying again
            JarProcess.pause(Duration.ofMillis(500));
        }
        return answer;
    }

    /** Sends every keyed request that was not answered 201 again with the same key and body: the tag and the invoice each got. */
    private Map<String, String> retryEveryUnansweredKey() {
        Map<String, String> invoices = new HashMap<>();
        answers.forEach((tag, answer) -> {
            if (answer.route().equals(KEYED) && answer.status() != 201) {
                ApiResponse retried = api.post("/api/v1/invoices", sale("notes", tag), tenant("Idempotency-Key", tag));
                assertThat(retried.status()).as("the retry of %s: %s", tag, retried).isEqualTo(201);
                if ("true".equals(retried.header("Idempotent-Replay"))) {
                    replays.add(tag);
                }
                invoices.put(tag, retried.text("id"));
            }
        });
        return invoices;
    }

    private Map<String, List<String>> issuedInvoicesByTag() {
        Map<String, List<String>> byTag = new HashMap<>();
        writes().invoices().forEach(i -> {
            assertThat(i.get("status")).as("every invoice made is issued: %s", i.get("notes")).isEqualTo("issued");
            byTag.computeIfAbsent((String) i.get("notes"), t -> new ArrayList<>()).add((String) i.get("id"));
        });
        return byTag;
    }
}
