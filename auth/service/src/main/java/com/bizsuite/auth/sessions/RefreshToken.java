package com.bizsuite.auth.sessions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A refresh token, by the SHA-256 of its value. {@code rotatedAt} is set once it has been exchanged. */
@MappedEntity(value = "refresh_tokens", schema = "auth")
record RefreshToken(@Id String tokenHash, UUID sessionId, int generation, Instant createdAt, @Nullable Instant rotatedAt) {
}
