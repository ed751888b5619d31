package com.bizsuite.platform.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.security.token.jwt.signature.SignatureConfiguration;
import jakarta.inject.Singleton;

import java.util.Optional;
import java.util.Set;

/**
 * Verifies access tokens locally against the published keys, chosen by the token's
 * {@code kid}. Only asymmetric algorithms are accepted: a token signed with HS256 (or not
 * signed at all) is never valid, whatever secret it was made with.
 */
@Singleton
final class JwksSignatureVerifier implements SignatureConfiguration {

    private static final Set<JWSAlgorithm> ACCEPTED = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256);

    private final VerificationKeys keys;

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
        if (jwk instanceof RSAKey rsa && algorithm == JWSAlgorithm.RS256) {
            return jwt.verify(new RSASSAVerifier(rsa.toRSAPublicKey()));
        }
        if (jwk instanceof ECKey ec && algorithm == JWSAlgorithm.ES256) {
            return jwt.verify(new ECDSAVerifier(ec.toECPublicKey()));
        }
        return false;
    }
}
