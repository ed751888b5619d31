package com.bizsuite.business.members;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;
import java.util.UUID;

/** A user's place in a business. {@code overrides} is a JSON object of permission to true/false. */
@MappedEntity(value = "members", schema = "business")
record Member(
        @Id UUID id,
        UUID businessId,
        UUID userId,
        String role,
        String overrides,
        String status,
        @Nullable UUID invitedBy,
        Instant invitedAt,
        @Nullable Instant joinedAt,
        @Nullable Instant removedAt,
        @Nullable UUID removedBy,
        Instant createdAt,
        Instant updatedAt,
        @Version Long version) {

    boolean isOwner() {
        return "owner".equals(role);
    }

    Member withRole(String newRole, Instant now) {
        return new Member(id, businessId, userId, newRole, overrides, status, invitedBy, invitedAt, joinedAt, removedAt, removedBy,
                createdAt, now, version);
    }

    Member withOverrides(String json, Instant now) {
        return new Member(id, businessId, userId, role, json, status, invitedBy, invitedAt, joinedAt, removedAt, removedBy,
                createdAt, now, version);
    }

    Member removed(UUID by, Instant now) {
        return new Member(id, businessId, userId, role, overrides, "removed", invitedBy, invitedAt, joinedAt, now, by,
                createdAt, now, version);
    }
}
