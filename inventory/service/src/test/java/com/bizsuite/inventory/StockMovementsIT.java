package com.bizsuite.inventory;

import com.bizsuite.inventory.api.StockDocument;
import com.bizsuite.inventory.api.StockLine;
import com.bizsuite.inventory.api.StockMoveResult;
import com.bizsuite.inventory.api.StockMovements;
import com.bizsuite.testing.InventoryApiFixture;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The façade invoices use, exercised in-JVM against real PostgreSQL with real threads. */
@MicronautTest(transactional = false)
class StockMovementsIT extends InventoryApiFixture {

    @Inject
    StockMovements movements;

    @Inject
    TransactionOperations<Connection> transactions;

    private String rice;
    private String oil;

    @BeforeEach
    void stock() {
        newBusiness();
        rice = createItem("name", "Rice", "current_stock", 10);
        oil = createItem("name", "Oil", "current_stock", 4);
    }

    private StockDocument sale(UUID id, String riceQty, String oilQty) {
        return new StockDocument(UUID.fromString(business), UUID.fromString(owner.userId()), "sale_invoice", id, "decrease",
                List.of(new StockLine(1, UUID.fromString(rice), new BigDecimal(riceQty), null),
                        new StockLine(2, UUID.fromString(oil), new BigDecimal(oilQty), null)));
    }

    @Test
    void aDocumentMovesEveryLineOnceHoweverOftenItIsApplied() {
        UUID invoice = UUID.randomUUID();
        StockMoveResult first = movements.apply(sale(invoice, "3", "1"));
        assertThat(first.moved()).isTrue();
        assertThat(first.lines()).extracting(StockMoveResult.LineResult::status).containsExactly("moved", "moved");
        StockMoveResult retry = movements.apply(sale(invoice, "3", "1"));
        assertThat(retry.lines()).extracting(StockMoveResult.LineResult::status).containsExactly("already_moved", "already_moved");
        assertThat(stockOf(rice)).isEqualByComparingTo("7");
        assertThat(stockOf(oil)).isEqualByComparingTo("3");
        assertThat(ledgerSum(rice)).isEqualByComparingTo(stockOf(rice));
    }

    @Test
    void documentsAppliedTogetherMoveInOneGoAndAnswerAsIfAlone() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        List<StockMoveResult> results = movements.applyEach(List.of(sale(a, "2", "1"), sale(b, "3", "1")));
        assertThat(results).allMatch(StockMoveResult::moved);
        assertThat(results.get(1).lines()).extracting(StockMoveResult.LineResult::resultingStock)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("5"), new BigDecimal("2"));
        assertThat(stockOf(rice)).isEqualByComparingTo("5");
        assertThat(stockOf(oil)).isEqualByComparingTo("2");
        assertThat(ledgerSum(oil)).isEqualByComparingTo(stockOf(oil));
    }

    @Test
    void documentsAppliedTogetherStillRefuseAloneAndMoveOnlyOnce() {
        UUID earlier = UUID.randomUUID();
        movements.apply(sale(earlier, "1", "1"));
        UUID fresh = UUID.randomUUID();
        UUID tooMuch = UUID.randomUUID();
        List<StockMoveResult> results = movements.applyEach(List.of(sale(earlier, "1", "1"), sale(tooMuch, "1", "9"), sale(fresh, "2", "2")));
        assertThat(results.get(0).lines()).extracting(StockMoveResult.LineResult::status).containsExactly("already_moved", "already_moved");
        assertThat(results.get(1).moved()).isFalse();
        assertThat(results.get(1).refusal().available()).isEqualByComparingTo("3");
        assertThat(results.get(2).lines()).extracting(StockMoveResult.LineResult::status).containsExactly("moved", "moved");
        assertThat(stockOf(rice)).as("the refused document moved nothing").isEqualByComparingTo("7");
        assertThat(stockOf(oil)).isEqualByComparingTo("1");
        assertThat(ledgerSum(rice)).isEqualByComparingTo(stockOf(rice));
        assertThat(ledgerSum(oil)).isEqualByComparingTo(stockOf(oil));
    }

    @Test
    void theLargestDocumentMovesEveryLineAndIsRefusedWholeWhenItsLastLineIsShort() {
        String flour = createItem("name", "Flour", "current_stock", 600);
        List<StockLine> lines = new ArrayList<>();
        for (int line = 1; line <= 500; line++) {
            lines.add(new StockLine(line, UUID.fromString(line % 2 == 0 ? flour : rice), line % 2 == 0 ? BigDecimal.ONE : new BigDecimal("0.010"),
                    null));
        }
        StockMoveResult moved = movements.apply(new StockDocument(UUID.fromString(business), UUID.fromString(owner.userId()), "sale_invoice",
                UUID.randomUUID(), "decrease", lines));
        assertThat(moved.moved()).isTrue();
        assertThat(moved.lines()).hasSize(500).allMatch(l -> l.status().equals("moved"));
        assertThat(stockOf(flour)).isEqualByComparingTo("350");
        assertThat(stockOf(rice)).isEqualByComparingTo("7.5");
        assertThat(ledgerRows(flour)).isEqualTo(251);

        List<StockLine> tooMuch = new ArrayList<>(lines.subList(0, 499));
        tooMuch.add(new StockLine(500, UUID.fromString(flour), new BigDecimal("200"), null));
        StockMoveResult refused = movements.apply(new StockDocument(UUID.fromString(business), UUID.fromString(owner.userId()), "sale_invoice",
                UUID.randomUUID(), "decrease", tooMuch));
        assertThat(refused.moved()).isFalse();
        assertThat(refused.refusal().itemName()).isEqualTo("Flour");
        assertThat(stockOf(flour)).isEqualByComparingTo("350");
        assertThat(stockOf(rice)).isEqualByComparingTo("7.5");
        assertThat(ledgerRows(flour)).isEqualTo(251);
    }

    @Test
    void twoThreadsApplyingTheSameDocumentMoveItOnce() throws Exception {
        UUID invoice = UUID.randomUUID();
        List<Callable<StockMoveResult>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            calls.add(() -> movements.apply(sale(invoice, "2", "1")));
        }
        List<StockMoveResult> results = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(8)) {
            for (Future<StockMoveResult> f : pool.invokeAll(calls)) {
                results.add(f.get());
            }
        }
        assertThat(results).allMatch(StockMoveResult::moved);
        assertThat(results.stream().flatMap(r -> r.lines().stream()).filter(l -> l.status().equals("moved"))).hasSize(2);
        assertThat(stockOf(rice)).isEqualByComparingTo("8");
        assertThat(ledgerRows(rice)).isEqualTo(2);
        assertThat(ledgerSum(oil)).isEqualByComparingTo(stockOf(oil));
    }

    @Test
    void aShortLineRefusesTheWholeDocumentAndSaysWhy() {
        StockMoveResult refused = movements.apply(sale(UUID.randomUUID(), "3", "9"));
        assertThat(refused.moved()).isFalse();
        assertThat(refused.refusal().itemName()).isEqualTo("Oil");
        assertThat(refused.refusal().available()).isEqualByComparingTo("4");
        assertThat(refused.refusal().requested()).isEqualByComparingTo("9");
        assertThat(stockOf(rice)).as("the first line did not move either").isEqualByComparingTo("10");
        assertThat(ledgerRows(rice)).isEqualTo(1);
    }

    @Test
    void aRefusalInsideTheCallersTransactionLeavesTheRestOfItAlone() {
        UUID other = UUID.randomUUID();
        StockMoveResult[] outcome = new StockMoveResult[2];
        transactions.executeWrite(status -> {
            outcome[0] = movements.apply(sale(other, "1", "1"));
            outcome[1] = movements.apply(sale(UUID.randomUUID(), "1", "99"));
            return null;
        });
        assertThat(outcome[0].moved()).isTrue();
        assertThat(outcome[1].moved()).isFalse();
        assertThat(stockOf(rice)).isEqualByComparingTo("9");
    }

    @Test
    void aReversalUndoesExactlyWhatMovedOnce() {
        UUID invoice = UUID.randomUUID();
        movements.apply(sale(invoice, "4", "2"));
        StockDocument reverse = new StockDocument(UUID.fromString(business), null, "sale_invoice", invoice, "reverse", List.of());
        StockMoveResult undone = movements.apply(reverse);
        assertThat(undone.lines()).extracting(StockMoveResult.LineResult::status).containsExactly("moved", "moved");
        assertThat(movements.apply(reverse).lines()).extracting(StockMoveResult.LineResult::status)
                .containsExactly("already_moved", "already_moved");
        assertThat(stockOf(rice)).isEqualByComparingTo("10");
        assertThat(stockOf(oil)).isEqualByComparingTo("4");
        assertThat(ledgerSum(rice)).isEqualByComparingTo("10");
    }

    @Test
    void aPurchaseIncreasesStockAndFeedsTheAverageCost() {
        StockDocument purchase = new StockDocument(UUID.fromString(business), null, "purchase_invoice", UUID.randomUUID(), "increase",
                List.of(new StockLine(1, UUID.fromString(rice), new BigDecimal("10"), new BigDecimal("90.00"))));
        assertThat(movements.apply(purchase).moved()).isTrue();
        assertThat(stockOf(rice)).isEqualByComparingTo("20");
        assertThat(api().get("/api/v1/items/" + rice, tenant()).text("average_cost")).isEqualTo("80.0000");
    }
}
