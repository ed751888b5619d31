package com.bizsuite.inventory.movements;

import com.bizsuite.platform.persistence.GroupCommit;
import com.bizsuite.platform.web.RequestIds;
import jakarta.inject.Singleton;
import org.slf4j.MDC;

import java.util.UUID;

/**
 * Where adjustments come in. Increases and decreases that arrive together for one business are
 * committed together ({@link GroupCommit}): a hot item's row and the business's audit chain are
 * then locked once per group instead of once per request. A set reads the stock under its lock
 * first, so it runs alone.
 */
@Singleton
class AdjustmentGroups {

    private final StockAdjustments adjustments;
    private final GroupCommit groups;

    AdjustmentGroups(StockAdjustments adjustments, GroupCommit groups) {
        this.adjustments = adjustments;
        this.groups = groups;
    }

    AdjustmentView adjust(UUID businessId, UUID actor, AdjustmentRequest request) {
        var submitted = new StockAdjustments.Submitted(businessId, actor, request, MDC.get(RequestIds.MDC_KEY));
        if (request.adjustmentType().equals("set")) {
            return adjustments.adjust(submitted);
        }
        return groups.submit("stock-adjust:" + businessId, submitted, adjustments::together, adjustments::adjust);
    }
}
