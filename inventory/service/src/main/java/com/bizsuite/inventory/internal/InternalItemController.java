package com.bizsuite.inventory.internal;

import com.bizsuite.inventory.api.ItemSummary;
import com.bizsuite.inventory.api.Items;
import com.bizsuite.platform.security.Authenticated;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Hidden;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@link Items} façade over HTTP ({@code bizsuite.internal-api=true}: the inventory service in
 * split mode), for services that run without the module (ADR 0013). Not routed by the gateway.
 */
@Hidden
@Controller("/internal/v1/businesses/{businessId}/items")
@Requires(property = "bizsuite.internal-api", value = "true")
@ExecuteOn(TaskExecutors.BLOCKING)
@Authenticated
class InternalItemController {

    private final Items items;

    InternalItemController(Items items) {
        this.items = items;
    }

    @Get("/{itemId}")
    Optional<ItemSummary> find(UUID businessId, UUID itemId) {
        return items.find(businessId, itemId);
    }

    @Post("/lookup")
    Map<UUID, ItemSummary> findAll(UUID businessId, @Body List<UUID> itemIds) {
        return items.findAll(businessId, itemIds);
    }
}
