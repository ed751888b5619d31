package com.bizsuite.auth.api;

import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

@Serdeable
public record UserSummary(UUID id, String phone, String name, String email, boolean phoneVerified) {
}
