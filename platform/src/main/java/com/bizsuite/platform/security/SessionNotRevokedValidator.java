package com.bizsuite.platform.security;

import io.micronaut.context.annotation.Requires;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;

/**
 * Rejects access tokens without a session, or of a session that was revoked. Generic in the
 * request type like the framework's own validators, so it is injected wherever they are.
 */
@Singleton
@Requires(beans = RevokedSessions.class)
final class SessionNotRevokedValidator<T> implements GenericJwtClaimsValidator<T> {

    private final RevokedSessions revoked;

    SessionNotRevokedValidator(RevokedSessions revoked) {
        this.revoked = revoked;
    }

    @Override
    public boolean validate(Claims claims, T request) {
        Object sid = claims.get(CurrentUser.SESSION_CLAIM);
        return sid != null && !revoked.isRevoked(sid.toString());
    }
}
