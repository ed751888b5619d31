package com.bizsuite.auth.sessions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** One login on one device: the family its refresh tokens belong to. */
@MappedEntity(value = "sessions", schema = "auth")
record Session(
        @Id UUID id,
        UUID userId,
        @Nullable String deviceInfo,
        @Nullable String userAgent,
        Instant createdAt,
        Instant lastUsedAt,
        Instant expiresAt,
        @Nullable Instant revokedAt,
        @Nullable String revokedReason) {

    boolean activeAt(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }
}
