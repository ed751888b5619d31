package com.bizsuite.inventory.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** A node of a business's category tree. */
@Serdeable
@MappedEntity(value = "categories", schema = "inventory")
public record Category(@Id UUID id, UUID businessId, String name, @Nullable UUID parentId, @Nullable String description,
                       Instant createdAt, Instant updatedAt, @Nullable Instant deletedAt, @Version Long version) {
}
