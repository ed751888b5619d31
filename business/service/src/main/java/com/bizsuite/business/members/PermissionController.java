package com.bizsuite.business.members;

import com.bizsuite.platform.security.Authenticated;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The permission catalogue by category, with the roles that have each permission. */
@Authenticated
@Controller
@Requires(property = "bizsuite.business.served", notEquals = "false")
class PermissionController {

    @Serdeable
    record PermissionInfo(String key, String label, String description, @JsonProperty("defaultRoles") List<String> defaultRoles) {
    }

    @Serdeable
    record PermissionCategory(String name, List<PermissionInfo> permissions) {
    }

    private static final List<PermissionCategory> CATALOGUE = RoleMatrix.CATALOGUE.entrySet().stream()
            .map(category -> new PermissionCategory(category.getKey(), category.getValue().stream()
                    .map(PermissionController::info).toList()))
            .toList();

    @Get(uris = {"/api/v1/permissions", "/permissions"})
    List<PermissionCategory> catalogue() {
        return CATALOGUE;
    }

    private static PermissionInfo info(String key) {
        String[] parts = key.split(":");
        String label = Character.toUpperCase(parts[1].charAt(0)) + parts[1].substring(1).replace('_', ' ') + " " + parts[0];
        List<String> roles = RoleMatrix.ROLES.stream().filter(role -> RoleMatrix.of(role).contains(key)).toList();
        return new PermissionInfo(key, label, label + " (" + key + ")", roles);
    }
}
