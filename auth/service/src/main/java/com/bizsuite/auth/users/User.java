package com.bizsuite.auth.users;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;
import java.util.UUID;

@MappedEntity(value = "users", schema = "auth")
public record User(
        @Id UUID id,
        String phone,
        @Nullable String name,
        @Nullable String email,
        @Nullable String avatarUrl,
        String language,
        boolean phoneVerified,
        Instant createdAt,
        Instant updatedAt,
        @Version Long version) {

    User withProfile(ProfileUpdate update, Instant now) {
        return new User(id, phone,
                update.name() != null ? update.name().strip() : name,
                update.email() != null ? update.email().strip().toLowerCase(java.util.Locale.ROOT) : email,
                update.avatarUrl() != null ? update.avatarUrl() : avatarUrl,
                update.language() != null ? update.language() : language,
                phoneVerified, createdAt, now, version);
    }
}
