package com.bizsuite.inventory.movements;

import com.bizsuite.platform.persistence.GroupCommit;
import com.bizsuite.platform.web.RequestIds;
import jakarta.inject.Singleton;
import org.slf4j.MDC;

import java.util.List;
import java.util.UUID;

/**
 * Where adjustments come in. Increases and decreases that arrive together for one business are
 * committed together ({@link GroupCommit}): a hot item's row and the business's audit chain are
 * then locked once per group instead of once per request. A request alone is a group of one.
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
        return groups.submit("stock-adjust:" + businessId, submitted, adjustments::apply, s -> adjustments.apply(List.of(s)).getFirst().get());
    }
}
