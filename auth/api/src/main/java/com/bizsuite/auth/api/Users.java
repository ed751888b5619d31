package com.bizsuite.auth.api;

import java.util.Optional;
import java.util.UUID;

/** The auth module's façade for other modules: who a user is. */
public interface Users {

    Optional<UserSummary> findById(UUID id);

    Optional<UserSummary> findByPhone(String phone);

    /**
     * The user with this phone, registered now (not yet verified) if there was none, so a
     * business can add a member who has never logged in. The phone is verified at first login.
     */
    UserSummary findOrRegister(String phone);
}
