package com.bizsuite.inventory.api;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.retry.annotation.Retryable;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** {@link Items} over HTTP, in a service that runs without the inventory module ({@code bizsuite.inventory.served=false}). */
@Client(id = "inventory", path = "/internal/v1/businesses")
@Requires(property = "bizsuite.inventory.served", value = "false")
// every call is a read or idempotent: one retry when the service did not answer, never when it answered
@Retryable(attempts = "1", delay = "100ms", includes = HttpClientException.class, excludes = HttpClientResponseException.class)
public interface ItemsClient extends Items {

    @Override
    @Get("/{businessId}/items/{itemId}")
    Optional<ItemSummary> find(UUID businessId, UUID itemId);

    @Override
    @Post("/{businessId}/items/lookup")
    Map<UUID, ItemSummary> findAll(UUID businessId, @Body Collection<UUID> itemIds);
}
