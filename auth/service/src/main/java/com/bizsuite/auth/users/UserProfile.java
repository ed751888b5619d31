package com.bizsuite.auth.users;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * The caller's own profile, with every field the old system's profile had. {@code language}
 * and {@code language_preference} carry the same value.
 */
@Serdeable
record UserProfile(UUID id, String phone, boolean phoneVerified, String name, String email, boolean emailVerified,
                   String avatarUrl, String userType, String language, String languagePreference, String status,
                   Instant lastLoginAt, Instant createdAt, Instant updatedAt) {

    // Email addresses are stored as given and never verified.
    private static final boolean EMAIL_VERIFIED = false;
    // The old system's default user type; every user here may own businesses, roles live per business.
    static final String USER_TYPE = "business_owner";
    // Users are never deactivated or deleted.
    static final String STATUS = "active";

    static UserProfile of(User user) {
        return new UserProfile(user.id(), user.phone(), user.phoneVerified(), user.name(), user.email(), EMAIL_VERIFIED,
                user.avatarUrl(), USER_TYPE, user.language(), user.language(), STATUS,
                user.lastLoginAt(), user.createdAt(), user.updatedAt());
    }
}
