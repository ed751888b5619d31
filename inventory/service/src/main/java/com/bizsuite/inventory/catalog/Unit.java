package com.bizsuite.inventory.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** A unit of measure; its decimal places bound the quantities of items counted in it. */
@Serdeable
@MappedEntity(value = "units", schema = "inventory")
public record Unit(@Id UUID id, UUID businessId, String name, String shortName, short decimalPlaces, Instant createdAt,
                   Instant updatedAt, @Nullable Instant deletedAt, @Version Long version) {
}
