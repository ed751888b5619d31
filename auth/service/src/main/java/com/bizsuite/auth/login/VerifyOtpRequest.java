package com.bizsuite.auth.login;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Map;

@Serdeable
record VerifyOtpRequest(
        @NotBlank @Pattern(regexp = "^[6-9][0-9]{9}$") String phone,
        @NotBlank @Pattern(regexp = "^[0-9]{6}$", message = "must be 6 digits") String otp,
        @NotBlank @Size(max = 64) String otpId,
        @Size(max = 20) Map<String, Object> deviceInfo) {
}
