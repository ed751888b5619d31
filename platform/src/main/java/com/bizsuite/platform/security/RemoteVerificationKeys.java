package com.bizsuite.platform.security;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Keys read from the auth service's JWKS, for services that run without the auth module.
 * Cached; an unknown key id triggers a refetch at most every ten seconds, so a rotated key is
 * picked up at once and a flood of forged kids cannot hammer the auth service.
 */
@Singleton
@Requires(property = "bizsuite.security.jwks-url")
final class RemoteVerificationKeys implements VerificationKeys {

    private static final Logger LOG = LoggerFactory.getLogger(RemoteVerificationKeys.class);
    private static final Duration MAX_AGE = Duration.ofMinutes(10);
    private static final Duration MIN_REFETCH = Duration.ofSeconds(10);

    private final URI url;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private volatile JWKSet cached = new JWKSet();
    private volatile Instant fetchedAt = Instant.EPOCH;

    RemoteVerificationKeys(@Value("${bizsuite.security.jwks-url}") String url) {
        this.url = URI.create(url);
    }

    @Override
    public Optional<JWK> find(String keyId) {
        JWK key = cached.getKeyByKeyId(keyId);
        Instant now = Instant.now();
        boolean stale = fetchedAt.plus(MAX_AGE).isBefore(now);
        boolean mayRefetch = fetchedAt.plus(MIN_REFETCH).isBefore(now);
        if ((key == null && mayRefetch) || stale) {
            refresh(now);
            key = cached.getKeyByKeyId(keyId);
        }
        return Optional.ofNullable(key);
    }

    private synchronized void refresh(Instant now) {
        if (fetchedAt.plus(MIN_REFETCH).isAfter(now)) {
            return;
        }
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(3)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                cached = JWKSet.parse(response.body());
            } else {
                LOG.warn("JWKS at {} answered {}", url, response.statusCode());
            }
        } catch (Exception e) {
            LOG.warn("JWKS at {} could not be read; keeping {} cached keys", url, cached.getKeys().size(), e);
        } finally {
            fetchedAt = now;
        }
    }
}
