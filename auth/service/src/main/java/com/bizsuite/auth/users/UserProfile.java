package com.bizsuite.auth.users;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** The caller's own profile. */
@Serdeable
record UserProfile(UUID id, String phone, String name, String email, String avatarUrl, String language,
                   boolean phoneVerified, Instant createdAt, Instant updatedAt) {

    static UserProfile of(User user) {
        return new UserProfile(user.id(), user.phone(), user.name(), user.email(), user.avatarUrl(), user.language(),
                user.phoneVerified(), user.createdAt(), user.updatedAt());
    }
}
