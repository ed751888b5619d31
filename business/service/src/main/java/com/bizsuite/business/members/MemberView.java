package com.bizsuite.business.members;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A member as the web client reads it; {@code permissions} are the member's overrides. */
@Serdeable
record MemberView(UUID id, UUID businessId, UUID userId, String phone, String name, String role, Map<String, Boolean> permissions,
                  String status, Instant invitedAt, Instant joinedAt, UUID invitedBy, Instant removedAt, UUID removedBy,
                  Instant createdAt, Instant updatedAt) {
}
