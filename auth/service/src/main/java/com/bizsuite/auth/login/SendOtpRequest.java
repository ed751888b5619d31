package com.bizsuite.auth.login;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

@Serdeable
record SendOtpRequest(
        @NotBlank @Pattern(regexp = "^[6-9][0-9]{9}$") String phone,
        @NotBlank @Pattern(regexp = "^(login|registration|verification)$", message = "must be one of login, registration, verification") String purpose) {
}
