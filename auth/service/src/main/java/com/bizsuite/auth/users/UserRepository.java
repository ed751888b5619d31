package com.bizsuite.auth.users;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface UserRepository extends CrudRepository<User, UUID> {

    Optional<User> findByPhone(String phone);

    /** Registers the phone if it is new; returns 1 when a row was inserted. */
    @Query("INSERT INTO auth.users (id, phone, phone_verified) VALUES (:id, :phone, :verified) ON CONFLICT (phone) DO NOTHING")
    int insertIfAbsent(UUID id, String phone, boolean verified);

    @Query("UPDATE auth.users SET phone_verified = true, updated_at = now(), version = version + 1 WHERE id = :id AND NOT phone_verified")
    int markPhoneVerified(UUID id);
}
