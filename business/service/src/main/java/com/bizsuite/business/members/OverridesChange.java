package com.bizsuite.business.members;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;

/**
 * {@code {"permissions": {"invoice:delete": false}}}: the member's whole override map (true grants
 * beyond the role, false removes); {@code null}, {@code {}} or no {@code permissions} at all
 * return the member to the role's defaults.
 */
@Serdeable
record OverridesChange(@Nullable Map<String, Boolean> permissions) {

    Map<String, Boolean> overrides() {
        return permissions == null ? Map.of() : permissions;
    }
}
