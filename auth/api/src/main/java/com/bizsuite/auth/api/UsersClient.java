package com.bizsuite.auth.api;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.retry.annotation.Retryable;

import java.util.Optional;
import java.util.UUID;

/** {@link Users} over HTTP, in a service that runs without the auth module ({@code bizsuite.auth.served=false}). */
@Client(id = "auth", path = "/internal/v1/users")
@Requires(property = "bizsuite.auth.served", value = "false")
// every call is a read or idempotent: one retry when the service did not answer, never when it answered
@Retryable(attempts = "1", delay = "100ms", includes = HttpClientException.class, excludes = HttpClientResponseException.class)
public interface UsersClient extends Users {

    @Override
    @Get("/{id}")
    Optional<UserSummary> findById(UUID id);

    @Override
    @Get("{?phone}")
    Optional<UserSummary> findByPhone(@QueryValue String phone);

    @Override
    @Post("/find-or-register")
    UserSummary findOrRegister(String phone);
}
