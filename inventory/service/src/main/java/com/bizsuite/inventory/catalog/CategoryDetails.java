package com.bizsuite.inventory.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** Create (name required) or update a category; a blank {@code parent_id} string is not accepted, use null for the root. */
@Serdeable
record CategoryDetails(@Nullable @Size(min = 1, max = 100) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String name,
                       @Nullable UUID parentId,
                       @Nullable @Size(max = 500) String description) {
}
