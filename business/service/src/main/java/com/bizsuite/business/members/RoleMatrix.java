package com.bizsuite.business.members;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The role matrix of the REST contract, and per-member overrides applied on top of it. */
final class RoleMatrix {

    static final List<String> ROLES = List.of("owner", "admin", "accountant", "salesman", "employee", "viewer");

    static final Map<String, List<String>> CATALOGUE = catalogue();

    static final Set<String> ALL = CATALOGUE.values().stream().flatMap(List::stream).collect(Collectors.toCollection(TreeSet::new));

    private static final Map<String, Set<String>> BY_ROLE = Map.of(
            "owner", ALL,
            "admin", without(ALL, "business:update", "business:delete", "payment:delete"),
            "accountant", Set.of("invoice:create", "invoice:read", "invoice:update", "invoice:export",
                    "party:create", "party:read", "party:update", "inventory:read",
                    "payment:create", "payment:read", "payment:update",
                    "report:view", "report:gst", "report:export", "report:financial"),
            "salesman", Set.of("invoice:create", "invoice:read", "invoice:update", "invoice:export",
                    "party:create", "party:read", "party:update", "inventory:read", "payment:read"),
            "employee", Set.of("invoice:create", "invoice:read", "invoice:update", "invoice:export",
                    "party:read", "inventory:read", "payment:read"),
            "viewer", Set.of("invoice:read", "invoice:export", "party:read", "inventory:read", "payment:read", "report:view"));

    private RoleMatrix() {
    }

    static Set<String> of(String role) {
        return BY_ROLE.getOrDefault(role, Set.of());
    }

    /** The role's permissions with the member's overrides applied ({@code true} adds, {@code false} removes). */
    static Set<String> effective(String role, Map<String, Boolean> overrides) {
        Set<String> permissions = new TreeSet<>(of(role));
        overrides.forEach((permission, granted) -> {
            if (Boolean.TRUE.equals(granted)) {
                permissions.add(permission);
            } else {
                permissions.remove(permission);
            }
        });
        return permissions;
    }

    private static Map<String, List<String>> catalogue() {
        Map<String, List<String>> byCategory = new LinkedHashMap<>();
        byCategory.put("business", List.of("business:view", "business:update", "business:delete", "business:settings"));
        byCategory.put("user", List.of("user:invite", "user:assign", "user:remove", "user:update_role", "user:view"));
        byCategory.put("invoice", List.of("invoice:create", "invoice:read", "invoice:update", "invoice:delete", "invoice:cancel", "invoice:export"));
        byCategory.put("party", List.of("party:create", "party:read", "party:update", "party:delete"));
        byCategory.put("inventory", List.of("inventory:create", "inventory:read", "inventory:update", "inventory:delete", "inventory:adjust"));
        byCategory.put("payment", List.of("payment:create", "payment:read", "payment:update", "payment:delete"));
        byCategory.put("report", List.of("report:view", "report:gst", "report:export", "report:financial"));
        byCategory.put("audit", List.of("audit:view"));
        return byCategory;
    }

    private static Set<String> without(Set<String> all, String... removed) {
        Set<String> result = new TreeSet<>(all);
        List.of(removed).forEach(result::remove);
        return result;
    }
}
