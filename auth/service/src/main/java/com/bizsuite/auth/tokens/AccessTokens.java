package com.bizsuite.auth.tokens;

import com.bizsuite.platform.security.CurrentUser;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/** Signs short-lived access tokens: sub, sid, iat, exp, iss and a kid header. */
@Singleton
public final class AccessTokens {

    private final SigningKeys keys;
    private final JWSSigner signer;
    private final Clock clock;
    private final Duration ttl;
    private final String issuer;

    AccessTokens(SigningKeys keys, Clock clock,
                 @Value("${bizsuite.auth.jwt.access-token-ttl:15m}") Duration ttl,
                 @Value("${bizsuite.security.issuer}") String issuer) throws JOSEException {
        this.keys = keys;
        this.signer = new RSASSASigner(keys.signingKey());
        this.clock = clock;
        this.ttl = ttl;
        this.issuer = issuer;
    }

    public String issue(UUID userId, UUID sessionId) {
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(userId.toString())
                .claim(CurrentUser.SESSION_CLAIM, sessionId.toString())
                .issuer(issuer)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ttl)))
                .jwtID(UUID.randomUUID().toString())
                .build();
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(keys.signingKey().getKeyID())
                .type(JOSEObjectType.JWT)
                .build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign an access token", e);
        }
        return jwt.serialize();
    }

    public Duration ttl() {
        return ttl;
    }
}
