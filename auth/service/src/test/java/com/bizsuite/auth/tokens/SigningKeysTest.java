package com.bizsuite.auth.tokens;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.context.exceptions.ConfigurationException;
import org.junit.jupiter.api.Test;

import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SigningKeysTest {

    private static Environment environment(String... names) {
        return ApplicationContext.builder().environments(names).deduceEnvironment(false).build().getEnvironment().start();
    }

    private static String pem(RSAKey key) throws Exception {
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(key.toPrivateKey().getEncoded());
        return "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n";
    }

    @Test
    void theConfiguredKeyAndTheRetiredOnesArePublished() throws Exception {
        RSAKey current = new RSAKeyGenerator(2048).generate();
        RSAKey retired = new RSAKeyGenerator(2048).keyID("2026-10").generate();
        String previous = new JWKSet(retired.toPublicJWK()).toString();

        SigningKeys keys = new SigningKeys(environment("prod"), pem(current), "2026-11", previous);

        assertThat(keys.signingKey().getKeyID()).isEqualTo("2026-11");
        assertThat(keys.signingKey().getModulus()).isEqualTo(current.getModulus());
        assertThat(keys.publicKeys().getKeys()).extracting(k -> k.getKeyID()).containsExactly("2026-11", "2026-10");
        assertThat(keys.publicKeys().getKeys()).allSatisfy(k -> assertThat(k.isPrivate()).isFalse());
        assertThat(keys.find("2026-10")).isPresent();
        assertThat(keys.find("unknown")).isEmpty();
    }

    @Test
    void productionNeedsAConfiguredKey() {
        assertThatThrownBy(() -> new SigningKeys(environment("prod"), "", "", ""))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("AUTH_JWT_PRIVATE_KEY");
    }

    @Test
    void developmentGeneratesAKey() {
        SigningKeys keys = new SigningKeys(environment("dev"), "", "", "");
        assertThat(keys.signingKey().getKeyID()).startsWith("dev-");
    }

    @Test
    void anUnreadableKeyIsAConfigurationError() {
        assertThatThrownBy(() -> new SigningKeys(environment("dev"), "-----BEGIN PRIVATE KEY-----\nnot base64!\n-----END PRIVATE KEY-----", "", ""))
                .isInstanceOf(ConfigurationException.class);
    }
}
