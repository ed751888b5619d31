package com.bizsuite.auth.tokens;

import com.bizsuite.auth.AuthApiFixture;
import com.bizsuite.testing.ApiResponse;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.bizsuite.testing.ApiClient.bearer;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class TokenIT extends AuthApiFixture {

    @Inject
    SigningKeys keys;

    private JWTClaimsSet claims(String userId, Instant expires) {
        return new JWTClaimsSet.Builder().subject(userId).claim("sid", UUID.randomUUID().toString()).issuer("bizsuite")
                .issueTime(new Date()).expirationTime(Date.from(expires)).build();
    }

    private int meWith(String token) {
        return api().get("/api/v1/users/me", bearer(token)).status();
    }

    @Test
    void jwksPublishesTheSigningKeyWithoutItsPrivatePart() {
        ApiResponse jwks = api().get("/.well-known/jwks.json");
        assertThat(jwks.status()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> published = (List<Map<String, Object>>) jwks.at("keys");
        assertThat(published).isNotEmpty();
        assertThat(published.getFirst()).containsEntry("kty", "RSA").containsEntry("use", "sig").containsEntry("alg", "RS256")
                .containsKey("kid").doesNotContainKeys("d", "p", "q");
    }

    @Test
    void accessTokenCarriesTheAgreedClaims() throws Exception {
        LoggedIn user = login(newPhone());
        SignedJWT jwt = SignedJWT.parse(user.accessToken());
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(jwt.getHeader().getKeyID()).isNotBlank();
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(claims.getSubject()).isEqualTo(user.userId());
        assertThat(claims.getStringClaim("sid")).isNotBlank();
        assertThat(claims.getIssuer()).isEqualTo("bizsuite");
        long lifetime = claims.getExpirationTime().getTime() - claims.getIssueTime().getTime();
        assertThat(lifetime).isEqualTo(15 * 60 * 1000L);
    }

    @Test
    void unsignedTokenIsRejected() {
        LoggedIn user = login(newPhone());
        String none = new PlainJWT(claims(user.userId(), Instant.now().plusSeconds(600))).serialize();
        assertThat(meWith(none)).isEqualTo(401);
    }

    @Test
    void hs256TokenIsRejectedEvenWithThePublicKeyAsSecret() throws Exception {
        LoggedIn user = login(newPhone());
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(keys.publicKeys().getKeys().getFirst().getKeyID()).build(),
                claims(user.userId(), Instant.now().plusSeconds(600)));
        byte[] secret = keys.publicKeys().getKeys().getFirst().toRSAKey().toPublicKey().getEncoded();
        jwt.sign(new MACSigner(secret));
        assertThat(meWith(jwt.serialize())).isEqualTo(401);
    }

    @Test
    void tamperedSignatureIsRejected() {
        LoggedIn user = login(newPhone());
        String[] parts = user.accessToken().split("\\.");
        String otherUser = Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(Base64.getUrlDecoder().decode(parts[1])).replace(user.userId(), UUID.randomUUID().toString()).getBytes());
        assertThat(meWith(parts[0] + "." + otherUser + "." + parts[2])).isEqualTo(401);
        assertThat(meWith(user.accessToken())).isEqualTo(200);
    }

    @Test
    void expiredTokenIsRejected() throws Exception {
        LoggedIn user = login(newPhone());
        SignedJWT current = SignedJWT.parse(user.accessToken());
        JWTClaimsSet expired = new JWTClaimsSet.Builder(current.getJWTClaimsSet())
                .issueTime(Date.from(Instant.now().minusSeconds(3600)))
                .expirationTime(Date.from(Instant.now().minusSeconds(60))).build();
        SignedJWT jwt = new SignedJWT(current.getHeader(), expired);
        jwt.sign(new RSASSASigner(signingKey()));
        assertThat(meWith(jwt.serialize())).isEqualTo(401);
    }

    @Test
    void tokenFromAnotherKeyIsRejected() throws Exception {
        LoggedIn user = login(newPhone());
        SignedJWT current = SignedJWT.parse(user.accessToken());
        RSAKey stranger = new RSAKeyGenerator(2048).keyID(current.getHeader().getKeyID()).generate();
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(stranger.getKeyID()).type(JOSEObjectType.JWT).build(),
                current.getJWTClaimsSet());
        forged.sign(new RSASSASigner(stranger));
        assertThat(meWith(forged.serialize())).isEqualTo(401);

        RSAKey unknownKid = new RSAKeyGenerator(2048).keyID("someone-else").generate();
        SignedJWT other = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("someone-else").build(), current.getJWTClaimsSet());
        other.sign(new RSASSASigner(unknownKid));
        assertThat(meWith(other.serialize())).isEqualTo(401);
    }

    @Test
    void garbageBearerIsUnauthorized() {
        assertThat(meWith("garbage")).isEqualTo(401);
        assertThat(api().get("/api/v1/users/me").status()).isEqualTo(401);
    }

    private RSAKey signingKey() {
        return keys.signingKey();
    }
}
