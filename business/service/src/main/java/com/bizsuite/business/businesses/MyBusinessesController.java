package com.bizsuite.business.businesses;

import com.bizsuite.platform.security.Authenticated;
import com.bizsuite.platform.security.CurrentUser;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;

/** The caller's businesses with their role in each, for the business switcher of the clients. */
@Authenticated
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(property = "bizsuite.business.served", notEquals = "false")
class MyBusinessesController {

    @Serdeable
    record MyBusiness(UUID id, String name, String role, @JsonProperty("isOwner") boolean isOwner, String status) {
    }

    @Serdeable
    record MyBusinesses(List<MyBusiness> businesses) {
    }

    private final Businesses businesses;

    MyBusinessesController(Businesses businesses) {
        this.businesses = businesses;
    }

    @Get(uris = {"/api/v1/users/me/businesses", "/users/me/businesses"})
    MyBusinesses mine(CurrentUser caller) {
        return new MyBusinesses(businesses.membershipsOf(caller.userId()));
    }
}
