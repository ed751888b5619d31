package com.bizsuite.business.internal;

import com.bizsuite.business.api.BusinessSettings;
import com.bizsuite.business.api.Memberships;
import com.bizsuite.business.api.Membership;
import com.bizsuite.business.api.Parties;
import com.bizsuite.business.api.PartySummary;
import com.bizsuite.business.api.Settings;
import com.bizsuite.platform.security.Authenticated;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Hidden;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The business module's façades over HTTP ({@code bizsuite.internal-api=true}: the business
 * service in split mode), for services that run without the module (ADR 0013). Not routed by
 * the gateway; callers forward their client's token.
 */
@Hidden
@Controller("/internal/v1/businesses/{businessId}")
@Requires(property = "bizsuite.internal-api", value = "true")
@ExecuteOn(TaskExecutors.BLOCKING)
@Authenticated
class InternalBusinessController {

    private final BusinessSettings settings;
    private final Memberships memberships;
    private final Parties parties;

    InternalBusinessController(BusinessSettings settings, Memberships memberships, Parties parties) {
        this.settings = settings;
        this.memberships = memberships;
        this.parties = parties;
    }

    @Get("/settings")
    Optional<Settings> settings(UUID businessId) {
        return settings.of(businessId);
    }

    @Get("/members/{userId}")
    Optional<Membership> member(UUID businessId, UUID userId) {
        return memberships.find(businessId, userId);
    }

    @Get("/members/{userId}/permissions")
    Set<String> permissions(UUID businessId, UUID userId) {
        return memberships.permissionsOf(businessId, userId);
    }

    @Get("/parties/{partyId}")
    Optional<PartySummary> party(UUID businessId, UUID partyId) {
        return parties.find(businessId, partyId);
    }

    @Post("/parties/lookup")
    Map<UUID, PartySummary> parties(UUID businessId, @Body List<UUID> partyIds) {
        return parties.findAll(businessId, partyIds);
    }
}
