package com.bizsuite.business.members;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

@Serdeable
record RoleChange(
        @NotBlank @Pattern(regexp = "^(owner|admin|accountant|salesman|employee|viewer)$",
                message = "must be one of owner, admin, accountant, salesman, employee, viewer") String role) {
}
