package com.bizsuite.business.api;

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

/** {@link Parties} over HTTP, in a service that runs without the business module ({@code bizsuite.business.served=false}). */
@Client(id = "business", path = "/internal/v1/businesses")
@Requires(property = "bizsuite.business.served", value = "false")
// every call is a read or idempotent: one retry when the service did not answer, never when it answered
@Retryable(attempts = "1", delay = "100ms", includes = HttpClientException.class, excludes = HttpClientResponseException.class)
public interface PartiesClient extends Parties {

    @Override
    @Get("/{businessId}/parties/{partyId}")
    Optional<PartySummary> find(UUID businessId, UUID partyId);

    @Override
    @Post("/{businessId}/parties/lookup")
    Map<UUID, PartySummary> findAll(UUID businessId, @Body Collection<UUID> partyIds);
}
