package com.bizsuite.auth.login;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Serdeable
record RefreshTokenRequest(@NotBlank @Size(max = 256) String refreshToken) {
}
