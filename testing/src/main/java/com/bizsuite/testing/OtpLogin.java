package com.bizsuite.testing;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static com.bizsuite.testing.ApiClient.object;

/**
 * Logs users in through the public API as a client does: send-otp, the OTP read from the
 * development SMS outbox the server writes to, then verify-otp.
 */
public final class OtpLogin {

    private final ApiClient api;
    private final Path outbox;
    private final JsonMapper json;

    public OtpLogin(ApiClient api, Path outbox, JsonMapper json) {
        this.api = api;
        this.outbox = outbox;
        this.json = json;
    }

    /** A mobile number no other test uses. */
    public static String newPhone() {
        return "9" + String.format("%09d", ThreadLocalRandom.current().nextLong(1_000_000_000L));
    }

    public String sendOtp(String phone, String... headers) {
        ApiResponse response = api.post("/api/v1/auth/send-otp", object("phone", phone, "purpose", "login"), headers);
        if (response.status() != 200) {
            throw new AssertionError("send-otp failed: " + response);
        }
        return response.text("otp_id");
    }

    public String otpFromOutbox(String otpId) {
        try {
            List<String> lines = Files.readAllLines(outbox);
            for (int i = lines.size() - 1; i >= 0; i--) {
                Map<String, Object> line = json.readValue(lines.get(i), Argument.mapOf(String.class, Object.class));
                if (otpId.equals(line.get("otp_id"))) {
                    return (String) line.get("otp");
                }
            }
            throw new AssertionError("No OTP for " + otpId + " in the outbox " + outbox);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ApiResponse verify(String phone, String otp, String otpId, String... headers) {
        return api.post("/api/v1/auth/verify-otp", object("phone", phone, "otp", otp, "otp_id", otpId), headers);
    }

    public ApiTest.LoggedIn login(String phone, String... headers) {
        String otpId = sendOtp(phone);
        ApiResponse response = verify(phone, otpFromOutbox(otpId), otpId, headers);
        if (response.status() != 200) {
            throw new AssertionError("verify-otp failed: " + response);
        }
        return new ApiTest.LoggedIn(response.text("user.id"), phone, response.text("tokens.access_token"), response.text("tokens.refresh_token"));
    }
}
