package com.bizsuite.auth.sessions;

import com.bizsuite.auth.tokens.AccessTokens;
import com.bizsuite.platform.error.ApiException;
import com.bizsuite.platform.security.RevokedSessions;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Login sessions and their refresh-token families: open at login, rotate on refresh, revoke.
 * The reuse rule (ADR 0003): a refresh token that was already exchanged revokes its whole
 * family, except when the same client (same User-Agent as at login) presents (a) the
 * family's first token (the web client keeps sending it) or (b) the token rotated just
 * before, within a few seconds (two tabs refreshing at once). Both exceptions rotate the
 * current token, so nothing old gains a longer life.
 */
@Singleton
public class Sessions {

    public record Opened(UUID sessionId, String refreshToken) {
    }

    public record Rotated(UUID userId, UUID sessionId, String refreshToken) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(Sessions.class);

    private final SessionRepository sessions;
    private final RefreshTokenRepository tokens;
    private final RevokedSessions revoked;
    private final Clock clock;
    private final Duration lifetime;
    private final Duration rotationGrace;
    private final Duration accessTokenTtl;

    Sessions(SessionRepository sessions, RefreshTokenRepository tokens, RevokedSessions revoked, Clock clock,
             AccessTokens accessTokens,
             @Value("${bizsuite.auth.sessions.lifetime:30d}") Duration lifetime,
             @Value("${bizsuite.auth.sessions.rotation-grace:10s}") Duration rotationGrace) {
        this.sessions = sessions;
        this.tokens = tokens;
        this.revoked = revoked;
        this.clock = clock;
        this.lifetime = lifetime;
        this.rotationGrace = rotationGrace;
        this.accessTokenTtl = accessTokens.ttl();
    }

    @Transactional
    public Opened open(UUID userId, String deviceInfoJson, String userAgent) {
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        sessions.save(new Session(id, userId, deviceInfoJson, truncate(userAgent), now, now, now.plus(lifetime), null, null));
        String token = OpaqueTokens.newToken();
        tokens.save(new RefreshToken(OpaqueTokens.hash(token), id, 0, now, null));
        return new Opened(id, token);
    }

    @Transactional(noRollbackFor = ApiException.class)
    public Rotated refresh(String presented, String userAgent) {
        Instant now = clock.instant();
        RefreshToken token = tokens.findById(OpaqueTokens.hash(presented)).orElseThrow(Sessions::invalid);
        Session session = sessions.findByIdForUpdate(token.sessionId()).orElseThrow(Sessions::invalid);
        if (!session.activeAt(now)) {
            throw invalid();
        }
        RefreshToken current = tokens.findCurrent(session.id()).orElseThrow(Sessions::invalid);
        boolean isCurrent = current.tokenHash().equals(token.tokenHash());
        if (!isCurrent && !tolerated(token, current, session, userAgent, now)) {
            revokeFamily(session.id(), now, "refresh_reuse");
            LOG.warn("Refresh token reuse in session {} (generation {} presented, current {}): session revoked",
                    session.id(), token.generation(), current.generation());
            throw ApiException.unauthorized("Refresh token reuse detected; please log in again");
        }
        tokens.markRotated(current.tokenHash(), now);
        String next = OpaqueTokens.newToken();
        tokens.save(new RefreshToken(OpaqueTokens.hash(next), session.id(), current.generation() + 1, now, null));
        sessions.touch(session.id(), now);
        return new Rotated(session.userId(), session.id(), next);
    }

    @Transactional
    public List<Session> active(UUID userId) {
        return sessions.findActive(userId, clock.instant());
    }

    @Transactional
    public void revoke(UUID userId, UUID sessionId) {
        Session session = sessions.findById(sessionId)
                .filter(s -> s.userId().equals(userId) && s.revokedAt() == null)
                .orElseThrow(() -> ApiException.notFound("Session"));
        revokeFamily(session.id(), clock.instant(), "logout");
    }

    @Transactional
    public int revokeAll(UUID userId) {
        Instant now = clock.instant();
        List<UUID> ids = sessions.revokeAllOf(userId, now, "logout_all");
        ids.forEach(id -> denyAccessTokens(id, now));
        return ids.size();
    }

    private boolean tolerated(RefreshToken presented, RefreshToken current, Session session, String userAgent, Instant now) {
        if (!Objects.equals(session.userAgent(), truncate(userAgent))) {
            return false;
        }
        boolean loginToken = presented.generation() == 0;
        boolean justRotated = presented.generation() == current.generation() - 1
                && presented.rotatedAt() != null
                && !presented.rotatedAt().plus(rotationGrace).isBefore(now);
        return loginToken || justRotated;
    }

    private void revokeFamily(UUID sessionId, Instant now, String reason) {
        sessions.revoke(sessionId, now, reason);
        denyAccessTokens(sessionId, now);
    }

    private void denyAccessTokens(UUID sessionId, Instant now) {
        revoked.revoke(sessionId.toString(), now.plus(accessTokenTtl).plusSeconds(60));
    }

    private static ApiException invalid() {
        return ApiException.unauthorized("Invalid or expired refresh token");
    }

    private static String truncate(String userAgent) {
        return userAgent == null || userAgent.length() <= 512 ? userAgent : userAgent.substring(0, 512);
    }
}
