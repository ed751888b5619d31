package com.bizsuite.platform.security;

import com.nimbusds.jose.jwk.JWK;

import java.util.Optional;

/**
 * The public keys access tokens are verified with, by key id. In one JVM the auth module
 * provides them directly; a separate service reads them from the auth service's JWKS.
 */
public interface VerificationKeys {

    Optional<JWK> find(String keyId);
}
