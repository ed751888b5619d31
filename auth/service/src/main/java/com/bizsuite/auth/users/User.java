package com.bizsuite.auth.users;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;
import java.util.Locale;
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
        @Nullable Instant lastLoginAt,
        @Version Long version) {

    User withProfile(ProfileUpdate update, Instant now) {
        String newLanguage = update.languageTag();
        return new User(id, phone,
                update.name() != null ? update.name().strip() : name,
                update.email() != null ? update.email().strip().toLowerCase(Locale.ROOT) : email,
                update.avatarUrl() != null ? update.avatarUrl() : avatarUrl,
                newLanguage != null ? newLanguage : language,
                phoneVerified, createdAt, now, lastLoginAt, version);
    }
}
