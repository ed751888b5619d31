package com.bizsuite.auth.login;

import io.micronaut.serde.annotation.Serdeable;

@Serdeable
record TokenPair(String accessToken, String refreshToken) {
}
