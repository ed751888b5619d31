package com.bizsuite.auth.login;

import io.micronaut.serde.annotation.Serdeable;

@Serdeable
record SendOtpResponse(String otpId, long expiresIn, String message) {
}
