package com.bizsuite.auth.sessions;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface SessionRepository extends CrudRepository<Session, UUID> {

    /** Serializes refreshes of one session family. */
    @Query("SELECT * FROM auth.sessions WHERE id = :id FOR UPDATE")
    Optional<Session> findByIdForUpdate(UUID id);

    @Query("SELECT * FROM auth.sessions WHERE user_id = :userId AND revoked_at IS NULL AND expires_at > :now ORDER BY created_at DESC")
    List<Session> findActive(UUID userId, Instant now);

    @Query("UPDATE auth.sessions SET last_used_at = :now WHERE id = :id")
    void touch(UUID id, Instant now);

    @Query("UPDATE auth.sessions SET revoked_at = :now, revoked_reason = :reason WHERE id = :id AND revoked_at IS NULL")
    int revoke(UUID id, Instant now, String reason);

    @Query("""
            UPDATE auth.sessions SET revoked_at = :now, revoked_reason = :reason
            WHERE user_id = :userId AND revoked_at IS NULL RETURNING id""")
    List<UUID> revokeAllOf(UUID userId, Instant now, String reason);
}
