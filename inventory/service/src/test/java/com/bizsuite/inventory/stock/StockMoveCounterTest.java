package com.bizsuite.inventory.stock;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class StockMoveCounterTest {

    @Test
    void countsEachMovementByTypeAndDirectionAndSkipsRefusedChanges() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        StockMoveCounter counter = new StockMoveCounter(meters);

        counter.count(Arrays.asList(changed("sale", "-2"), null, changed("sale", "-1"), changed("adjust_add", "5")));
        counter.count(Arrays.asList(changed("reversal", "2")));

        assertThat(count(meters, "sale", "out")).isEqualTo(2);
        assertThat(count(meters, "adjust_add", "in")).isEqualTo(1);
        assertThat(count(meters, "reversal", "in")).isEqualTo(1);
        assertThat(meters.find("bizsuite.stock.movements").counters()).hasSize(3);
    }

    private static double count(SimpleMeterRegistry meters, String type, String direction) {
        return meters.get("bizsuite.stock.movements").tag("type", type).tag("direction", direction).counter().count();
    }

    private static StockLedger.Changed changed(String type, String quantity) {
        BigDecimal delta = new BigDecimal(quantity);
        Movement movement = new Movement(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), type, delta, null, BigDecimal.TEN,
                BigDecimal.TEN.add(delta), null, null, null, null, null, null, UUID.randomUUID(), Instant.EPOCH);
        return new StockLedger.Changed(movement, null);
    }
}
