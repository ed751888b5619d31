package com.bizsuite.auth.sessions;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

@Serdeable
record SessionView(UUID id, Object deviceInfo, Instant createdAt, Instant lastUsedAt, boolean current) {
}
