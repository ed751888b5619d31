package com.bizsuite.business.api;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.client.annotation.Client;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** {@link Parties} over HTTP, in a service that runs without the business module ({@code bizsuite.business.served=false}). */
@Client(id = "business", path = "/internal/v1/businesses")
@Requires(property = "bizsuite.business.served", value = "false")
public interface PartiesClient extends Parties {

    @Override
    @Get("/{businessId}/parties/{partyId}")
    Optional<PartySummary> find(UUID businessId, UUID partyId);

    @Override
    @Post("/{businessId}/parties/lookup")
    Map<UUID, PartySummary> findAll(UUID businessId, @Body Collection<UUID> partyIds);
}
