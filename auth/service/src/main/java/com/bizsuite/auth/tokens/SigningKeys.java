package com.bizsuite.auth.tokens;

import com.bizsuite.platform.security.VerificationKeys;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The RS256 key access tokens are signed with, and every public key still accepted.
 * The signing key comes from {@code AUTH_JWT_PRIVATE_KEY} (PKCS#8 PEM); keys being rotated
 * out are listed in {@code AUTH_JWT_PREVIOUS_KEYS} (a JWKS document) and stay published
 * until their last token has expired. Outside {@code prod} a missing key is generated, with
 * a warning, and tokens do not survive a restart.
 */
@Singleton
public final class SigningKeys implements VerificationKeys {

    private static final Logger LOG = LoggerFactory.getLogger(SigningKeys.class);

    private final RSAKey signingKey;
    private final JWKSet published;

    SigningKeys(Environment environment,
                @Value("${bizsuite.auth.jwt.private-key:}") String privateKeyPem,
                @Value("${bizsuite.auth.jwt.key-id:}") String keyId,
                @Value("${bizsuite.auth.jwt.previous-keys:}") String previousKeys) {
        if (privateKeyPem.isBlank()) {
            if (environment.getActiveNames().contains("prod")) {
                throw new ConfigurationException("AUTH_JWT_PRIVATE_KEY is required in production");
            }
            LOG.warn("No AUTH_JWT_PRIVATE_KEY: signing with a generated key. Tokens will not survive a restart. Development only.");
            this.signingKey = generated();
        } else {
            this.signingKey = fromPem(privateKeyPem, keyId);
        }
        List<JWK> keys = new ArrayList<>();
        keys.add(signingKey.toPublicJWK());
        keys.addAll(previous(previousKeys));
        this.published = new JWKSet(keys);
    }

    RSAKey signingKey() {
        return signingKey;
    }

    /** The public JWKS document. */
    public JWKSet publicKeys() {
        return published;
    }

    @Override
    public Optional<JWK> find(String keyId) {
        return Optional.ofNullable(published.getKeyByKeyId(keyId));
    }

    static RSAKey fromPem(String pem, String keyId) {
        try {
            String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            KeyFactory factory = KeyFactory.getInstance("RSA");
            var key = factory.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
            if (!(key instanceof RSAPrivateCrtKey crt)) {
                throw new ConfigurationException("AUTH_JWT_PRIVATE_KEY must be an RSA private key in PKCS#8 PEM");
            }
            RSAPublicKey publicKey = (RSAPublicKey) factory.generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
            RSAKey.Builder builder = new RSAKey.Builder(publicKey).privateKey(crt).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256);
            return keyId.isBlank() ? builder.keyIDFromThumbprint().build() : builder.keyID(keyId).build();
        } catch (GeneralSecurityException | IllegalArgumentException | com.nimbusds.jose.JOSEException e) {
            throw new ConfigurationException("AUTH_JWT_PRIVATE_KEY is not a readable RSA PKCS#8 PEM key: " + e.getMessage());
        }
    }

    private static RSAKey generated() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var pair = generator.generateKeyPair();
            byte[] id = new byte[8];
            new java.security.SecureRandom().nextBytes(id);
            return new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                    .privateKey(pair.getPrivate())
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .keyID("dev-" + HexFormat.of().formatHex(id))
                    .build();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<JWK> previous(String jwks) {
        if (jwks.isBlank()) {
            return List.of();
        }
        try {
            return JWKSet.parse(jwks).toPublicJWKSet().getKeys();
        } catch (ParseException e) {
            throw new ConfigurationException("AUTH_JWT_PREVIOUS_KEYS is not a JWKS document: " + e.getMessage());
        }
    }
}
