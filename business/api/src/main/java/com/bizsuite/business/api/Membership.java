package com.bizsuite.business.api;

import io.micronaut.serde.annotation.Serdeable;

import java.util.Set;
import java.util.UUID;

/** An active member's role and effective permissions (role matrix plus their overrides). */
@Serdeable
public record Membership(UUID businessId, UUID userId, String role, Set<String> permissions) {
}
