package com.bizsuite.auth.login;

import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

@Serdeable
record LoginResponse(LoggedInUser user, TokenPair tokens, boolean isNewUser) {

    @Serdeable
    record LoggedInUser(UUID id, String phone, String name, String email, boolean phoneVerified) {
    }
}
