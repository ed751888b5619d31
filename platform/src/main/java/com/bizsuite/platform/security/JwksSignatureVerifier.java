package com.bizsuite.platform.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.security.token.jwt.signature.SignatureConfiguration;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Verifies access tokens locally against the published keys, chosen by the token's
 * {@code kid}. Only asymmetric algorithms are accepted: a token signed with HS256 (or not
 * signed at all) is never valid, whatever secret it was made with.
 *
 * <p>A client sends the same token with every request for its 15 minutes, so a token whose
 * signature checked out is remembered (by its exact text) and the public-key operation is not
 * repeated; its key must still be published, and expiry and revocation are checked on every
 * request by the claims validators as before.
 */
@Singleton
final class JwksSignatureVerifier implements SignatureConfiguration {

    private static final Set<JWSAlgorithm> ACCEPTED = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256);

    private static final int REMEMBERED_TOKENS = 20_000;

    private record KeyVerifier(JWK key, JWSVerifier verifier) {
    }

    private final VerificationKeys keys;
    private final Map<String, KeyVerifier> verifiers = new ConcurrentHashMap<>();
    private final Set<String> verifiedTokens = ConcurrentHashMap.newKeySet();

    JwksSignatureVerifier(VerificationKeys keys) {
        this.keys = keys;
    }

    @Override
    public String supportedAlgorithmsMessage() {
        return "Only RS256 and ES256 are supported";
    }

    @Override
    public boolean supports(JWSAlgorithm algorithm) {
        return ACCEPTED.contains(algorithm);
    }

    @Override
    public boolean verify(SignedJWT jwt) throws JOSEException {
        String kid = jwt.getHeader().getKeyID();
        JWSAlgorithm algorithm = jwt.getHeader().getAlgorithm();
        if (kid == null || !supports(algorithm)) {
            return false;
        }
        Optional<JWK> key = keys.find(kid);
        if (key.isEmpty()) {
            return false;
        }
        JWK jwk = key.get();
        if (jwk.getAlgorithm() != null && !jwk.getAlgorithm().equals(algorithm)) {
            return false;
        }
        String token = jwt.getParsedString();
        if (token != null && verifiedTokens.contains(token)) {
            return true;
        }
        JWSVerifier verifier = verifierFor(kid, jwk, algorithm);
        if (verifier == null || !jwt.verify(verifier)) {
            return false;
        }
        if (token != null) {
            if (verifiedTokens.size() >= REMEMBERED_TOKENS) {
                verifiedTokens.clear();
            }
            verifiedTokens.add(token);
        }
        return true;
    }

    private JWSVerifier verifierFor(String kid, JWK jwk, JWSAlgorithm algorithm) throws JOSEException {
        KeyVerifier cached = verifiers.get(kid);
        if (cached != null && cached.key().equals(jwk)) {
            return cached.verifier();
        }
        JWSVerifier made;
        if (jwk instanceof RSAKey rsa && algorithm == JWSAlgorithm.RS256) {
            made = new RSASSAVerifier(rsa.toRSAPublicKey());
        } else if (jwk instanceof ECKey ec && algorithm == JWSAlgorithm.ES256) {
            made = new ECDSAVerifier(ec.toECPublicKey());
        } else {
            return null;
        }
        verifiers.put(kid, new KeyVerifier(jwk, made));
        return made;
    }
}
