package com.bizsuite.business.api;

import com.bizsuite.platform.persistence.RememberedInTransaction;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.retry.annotation.Retryable;

import java.util.Optional;
import java.util.UUID;

/** {@link BusinessSettings} over HTTP, in a service that runs without the business module ({@code bizsuite.business.served=false}). */
@Client(id = "business", path = "/internal/v1/businesses")
@Requires(property = "bizsuite.business.served", value = "false")
// every call is a read or idempotent: one retry when the service did not answer, never when it answered
@Retryable(attempts = "1", delay = "100ms", includes = HttpClientException.class, excludes = HttpClientResponseException.class)
public interface BusinessSettingsClient extends BusinessSettings {

    @Override
    @Get("/{businessId}/settings")
    @RememberedInTransaction
    Optional<Settings> of(UUID businessId);
}
