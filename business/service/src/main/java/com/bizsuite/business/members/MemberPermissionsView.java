package com.bizsuite.business.members;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The old permissions response, camelCase as its clients read it. */
@Serdeable
record MemberPermissionsView(
        @JsonProperty("userId") UUID userId,
        @JsonProperty("businessId") UUID businessId,
        @JsonProperty("role") String role,
        @JsonProperty("permissionMode") String permissionMode,
        @JsonProperty("rolePermissions") List<String> rolePermissions,
        @JsonProperty("customRestrictions") Map<String, Boolean> customRestrictions,
        @JsonProperty("effectivePermissions") List<String> effectivePermissions,
        @JsonProperty("permissionSummary") Summary permissionSummary) {

    @Serdeable
    record Summary(@JsonProperty("total") int total, @JsonProperty("granted") int granted,
                   @JsonProperty("customized") int customized) {
    }
}
