package com.bizsuite.inventory.movements;

import com.bizsuite.inventory.items.ItemView;
import com.bizsuite.inventory.stock.Movement;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** The old adjust response, with the stock before and after added. */
@Serdeable
record AdjustmentView(ItemView item, Adjustment adjustment) {

    @Serdeable
    record Adjustment(UUID id, UUID itemId, String adjustmentType, BigDecimal quantity, BigDecimal previousStock, BigDecimal newStock,
                      BigDecimal rate, String reason, String notes, UUID createdBy, Instant createdAt) {

        static Adjustment of(String type, BigDecimal requested, Movement m) {
            return new Adjustment(m.id(), m.itemId(), type, requested.setScale(3), m.previousQuantity(), m.resultingQuantity(), m.rate(),
                    m.reason(), m.notes(), m.createdBy(), m.createdAt());
        }
    }
}
