package com.bizsuite.auth.users;

import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

/** The answer to a search by exact phone: enough to add the person to a business, nothing more. */
@Serdeable
record PhoneMatch(UUID id, String phone, String name) {

    static PhoneMatch of(User user) {
        return new PhoneMatch(user.id(), user.phone(), user.name());
    }
}
