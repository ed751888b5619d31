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

    /**
     * The old counts: {@code total} the role's permissions, {@code allowed} the effective ones,
     * {@code restricted} the role's permissions taken away, {@code fromRole} the role's permissions
     * kept, {@code custom} the overrides that change anything (taken away or added). Ours beside
     * them: {@code granted} (= allowed) and {@code customized} (overrides stored).
     */
    @Serdeable
    record Summary(@JsonProperty("total") int total, @JsonProperty("allowed") int allowed,
                   @JsonProperty("restricted") int restricted, @JsonProperty("fromRole") int fromRole,
                   @JsonProperty("custom") int custom, @JsonProperty("granted") int granted,
                   @JsonProperty("customized") int customized) {
    }
}
