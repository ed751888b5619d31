package com.bizsuite.business.members;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;

import java.util.Map;

/** {@code {"permissions": {"invoice:delete": false}}}: true grants beyond the role, false removes. */
@Serdeable
record OverridesChange(@NotNull Map<String, Boolean> permissions) {
}
