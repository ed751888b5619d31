package com.bizsuite.auth.users;

import com.bizsuite.auth.api.UserSummary;
import com.bizsuite.auth.api.Users;
import com.bizsuite.platform.security.Authenticated;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;

import java.util.Optional;
import java.util.UUID;

/**
 * The {@link Users} façade over HTTP ({@code bizsuite.internal-api=true}: the auth service in split
 * mode), for the services that run without the auth module
 * (ADR 0013). Not routed by the gateway; a caller forwards its client's token.
 */
@Hidden
@Controller("/internal/v1/users")
@Requires(property = "bizsuite.internal-api", value = "true")
@ExecuteOn(TaskExecutors.BLOCKING)
@Authenticated
class InternalUserController {

    @Serdeable
    record PhoneNumber(String phone) {
    }

    private final Users users;

    InternalUserController(Users users) {
        this.users = users;
    }

    @Get("/{id}")
    Optional<UserSummary> findById(UUID id) {
        return users.findById(id);
    }

    @Get
    Optional<UserSummary> findByPhone(@QueryValue String phone) {
        return users.findByPhone(phone);
    }

    @Post("/find-or-register")
    UserSummary findOrRegister(@Body PhoneNumber body) {
        return users.findOrRegister(body.phone());
    }
}
