package com.bizsuite.auth.users;

import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

/** What anyone logged in may see of another user: no phone, email or activity. */
@Serdeable
record UserCard(UUID id, String name, String avatarUrl, String userType, String status) {

    static UserCard of(User user) {
        return new UserCard(user.id(), user.name(), user.avatarUrl(), UserProfile.USER_TYPE, UserProfile.STATUS);
    }
}
