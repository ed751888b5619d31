package com.bizsuite.business.members;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RoleMatrixTest {

    @Test
    void theCatalogueHasEveryPermissionOfTheContract() {
        assertThat(RoleMatrix.ALL).hasSize(33).contains("audit:view", "user:update_role", "report:financial", "inventory:adjust");
    }

    @Test
    void ownerHasAllAndAdminAllButThree() {
        assertThat(RoleMatrix.of("owner")).isEqualTo(RoleMatrix.ALL);
        assertThat(RoleMatrix.of("admin")).hasSize(30).doesNotContain("business:update", "business:delete", "payment:delete");
    }

    @Test
    void overridesAddAndRemove() {
        assertThat(RoleMatrix.effective("viewer", Map.of("party:read", false, "party:create", true)))
                .contains("party:create").doesNotContain("party:read");
    }

    @Test
    void unknownRolesHaveNothing() {
        assertThat(RoleMatrix.of("superadmin")).isEmpty();
    }
}
