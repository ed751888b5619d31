package com.bizsuite.auth.tokens;

import com.bizsuite.platform.security.PublicRoute;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

import java.util.Map;

/** Publishes the public keys every service verifies access tokens with. */
@PublicRoute
@Controller("/.well-known")
final class JwksController {

    private final SigningKeys keys;

    JwksController(SigningKeys keys) {
        this.keys = keys;
    }

    @Get("/jwks.json")
    HttpResponse<Map<String, Object>> jwks() {
        return HttpResponse.ok(keys.publicKeys().toJSONObject(true)).header("Cache-Control", "public, max-age=300");
    }
}
