package com.bizsuite.auth.users;

import com.bizsuite.platform.error.ApiException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/** Reads and edits user profiles. */
@Singleton
class UserProfiles {

    private final UserRepository users;
    private final Clock clock;

    UserProfiles(UserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    User get(UUID id) {
        return users.findById(id).orElseThrow(() -> ApiException.notFound("User"));
    }

    Optional<User> byPhone(String phone) {
        return users.findByPhone(phone);
    }

    @Transactional
    User update(UUID id, ProfileUpdate update) {
        User user = users.findByIdForUpdate(id).orElseThrow(() -> ApiException.notFound("User"));
        return users.update(user.withProfile(update, clock.instant()));
    }
}
