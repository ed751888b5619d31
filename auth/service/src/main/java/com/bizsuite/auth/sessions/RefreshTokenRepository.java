package com.bizsuite.auth.sessions;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface RefreshTokenRepository extends CrudRepository<RefreshToken, String> {

    @Query("SELECT * FROM auth.refresh_tokens WHERE session_id = :sessionId AND rotated_at IS NULL")
    Optional<RefreshToken> findCurrent(UUID sessionId);

    @Query("UPDATE auth.refresh_tokens SET rotated_at = :now WHERE token_hash = :tokenHash AND rotated_at IS NULL")
    int markRotated(String tokenHash, Instant now);
}
