package com.bizsuite.auth.users;

import com.bizsuite.auth.api.UserSummary;
import com.bizsuite.auth.api.Users;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.Optional;
import java.util.UUID;

/** The {@link Users} façade inside the JVM. */
@Singleton
class LocalUsers implements Users {

    private final UserRepository users;

    LocalUsers(UserRepository users) {
        this.users = users;
    }

    @Override
    public Optional<UserSummary> findById(UUID id) {
        return users.findById(id).map(LocalUsers::summary);
    }

    @Override
    public Optional<UserSummary> findByPhone(String phone) {
        return users.findByPhone(phone).map(LocalUsers::summary);
    }

    @Override
    @Transactional
    public UserSummary findOrRegister(String phone) {
        users.insertIfAbsent(UUID.randomUUID(), phone, false);
        return users.findByPhone(phone).map(LocalUsers::summary).orElseThrow();
    }

    static UserSummary summary(User user) {
        return new UserSummary(user.id(), user.phone(), user.name(), user.email(), user.phoneVerified());
    }
}
