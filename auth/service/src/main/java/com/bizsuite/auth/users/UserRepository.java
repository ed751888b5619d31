package com.bizsuite.auth.users;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface UserRepository extends CrudRepository<User, UUID> {

    Optional<User> findByPhone(String phone);

    /** Holds the row until the profile edit commits, so a login meanwhile cannot lose its last_login_at. */
    @Query("SELECT * FROM auth.users WHERE id = :id FOR UPDATE")
    Optional<User> findByIdForUpdate(UUID id);

    /** Registers the phone if it is new; returns 1 when a row was inserted. */
    @Query("INSERT INTO auth.users (id, phone, phone_verified) VALUES (:id, :phone, :verified) ON CONFLICT (phone) DO NOTHING")
    int insertIfAbsent(UUID id, String phone, boolean verified);

    @Query("UPDATE auth.users SET phone_verified = true, updated_at = now(), version = version + 1 WHERE id = :id AND NOT phone_verified")
    int markPhoneVerified(UUID id);

    /** Not a profile change: neither updated_at nor the version moves. */
    @Query("UPDATE auth.users SET last_login_at = :at WHERE id = :id")
    void recordLogin(UUID id, Instant at);
}
