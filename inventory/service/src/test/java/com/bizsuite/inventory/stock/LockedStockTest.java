package com.bizsuite.inventory.stock;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class LockedStockTest {

    private static final UUID RICE = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID SALT = UUID.fromString("00000000-0000-0000-0000-000000000002");

    private static StockLedger.Change change(UUID item, String delta) {
        return new StockLedger.Change(item, new BigDecimal(delta), null);
    }

    @Test
    void aDocumentIsTakenWholeOrNotAtAllAndTheNextOneSeesWhatWasTaken() {
        LockedStock stock = new LockedStock(Map.of(RICE, new BigDecimal("5")), false);

        assertThat(stock.take(List.of(change(RICE, "-3"), change(SALT, "2")))).isTrue();
        assertThat(stock.take(List.of(change(SALT, "-1"), change(RICE, "-3")))).isFalse();

        assertThat(stock.onHand(RICE)).isEqualByComparingTo("2");
        assertThat(stock.onHand(SALT)).isEqualByComparingTo("2");
        assertThat(stock.firstShort(List.of(change(SALT, "-1"), change(RICE, "-3")))).isEqualTo(change(RICE, "-3"));
    }

    @Test
    void linesOfOneItemCountTogetherWithinADocument() {
        LockedStock stock = new LockedStock(Map.of(RICE, new BigDecimal("4")), false);

        assertThat(stock.firstShort(List.of(change(RICE, "-3"), change(RICE, "-2")))).isEqualTo(change(RICE, "-2"));
        assertThat(stock.take(List.of(change(RICE, "-3"), change(RICE, "2"), change(RICE, "-3")))).isTrue();
        assertThat(stock.onHand(RICE)).isEqualByComparingTo("0");
    }

    @Test
    void anItemWithoutARowHasNothingOnHandYetTakesIncreases() {
        LockedStock stock = new LockedStock(Map.of(), false);

        assertThat(stock.take(List.of(change(SALT, "-1")))).isFalse();
        assertThat(stock.take(List.of(change(SALT, "3")))).isTrue();
        assertThat(stock.onHand(SALT)).isEqualByComparingTo("3");
    }

    @Test
    void negativeStockAllowedTakesEveryDecrease() {
        LockedStock stock = new LockedStock(Map.of(RICE, new BigDecimal("1")), true);

        assertThat(stock.take(List.of(change(RICE, "-5")))).isTrue();
        assertThat(stock.onHand(RICE)).isEqualByComparingTo("-4");
    }

    @Test
    void belowZeroAlreadyAnIncreaseStillFitsAndADecreaseDoesNot() {
        LockedStock stock = new LockedStock(Map.of(RICE, new BigDecimal("-2")), false);

        assertThat(stock.take(List.of(change(RICE, "1")))).isTrue();
        assertThat(stock.take(List.of(change(RICE, "-1")))).isFalse();
    }

    @Test
    void rowsLockedLaterJoinTheOnesHeld() {
        LockedStock both = new LockedStock(Map.of(RICE, BigDecimal.ONE), false).and(new LockedStock(Map.of(SALT, BigDecimal.TEN), false));

        assertThat(both.onHand(RICE)).isEqualByComparingTo("1");
        assertThat(both.onHand(SALT)).isEqualByComparingTo("10");
    }
}
