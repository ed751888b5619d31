package com.bizsuite.inventory.stock;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Objects;

/**
 * {@code bizsuite_stock_movements_total{type,direction}}: committed stock movements, by movement
 * type ({@code sale}, {@code reversal}, {@code adjust_damage}, ...) and whether stock went in or out.
 * Counted wherever the ledger writes, so the invoice service counts the moves of its documents.
 */
@Singleton
public class StockMoveCounter {

    private final MeterRegistry meters;

    StockMoveCounter(MeterRegistry meters) {
        this.meters = meters;
    }

    /** Counts the changes that happened (a null change was refused and moved nothing). */
    void count(List<StockLedger.Changed> changes) {
        changes.stream().filter(Objects::nonNull).map(StockLedger.Changed::movement).forEach(m -> Counter.builder("bizsuite.stock.movements")
                .description("Stock movements committed to the stock ledger")
                .tag("type", m.movementType())
                .tag("direction", m.quantity().signum() < 0 ? "out" : "in")
                .register(meters)
                .increment());
    }
}
