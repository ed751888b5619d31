package com.bizsuite.auth.platform;

import com.bizsuite.platform.security.PublicRoute;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;

/** Test-only routes that exercise the platform's error mapping and JSON rules. */
@Requires(env = "test")
@PublicRoute
@Controller("/test/platform")
class FaultInjectionController {

    @Serdeable
    record Amounts(BigDecimal amount, BigDecimal rate) {
    }

    @Get("/fault")
    String fault() {
        throw new IllegalStateException("ERROR: duplicate key value violates unique constraint \"users_phone_key\" in com.bizsuite.Secret");
    }

    @Get("/amounts")
    Amounts amounts() {
        return new Amounts(new BigDecimal("1167.98"), new BigDecimal("18.00"));
    }

    @Post("/amounts")
    Amounts echo(@Body Amounts amounts) {
        return amounts;
    }
}
