package com.bizsuite.platform.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.JwtClaimsValidator;
import jakarta.inject.Singleton;

/** Rejects access tokens without a session, or of a session that was revoked. */
@Singleton
final class SessionNotRevokedValidator implements JwtClaimsValidator<HttpRequest<?>> {

    private final RevokedSessions revoked;

    SessionNotRevokedValidator(RevokedSessions revoked) {
        this.revoked = revoked;
    }

    @Override
    public boolean validate(Claims claims, HttpRequest<?> request) {
        Object sid = claims.get(CurrentUser.SESSION_CLAIM);
        return sid != null && !revoked.isRevoked(sid.toString());
    }
}
