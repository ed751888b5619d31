package com.bizsuite.testing;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static com.bizsuite.testing.ApiClient.object;

/**
 * Base of HTTP tests that need logged-in users: real PostgreSQL and Redis, the server on a
 * random port, and logins through the public API with OTPs read from the development outbox.
 */
public abstract class ApiTest extends RealInfrastructure {

    public record LoggedIn(String userId, String phone, String accessToken, String refreshToken) {
    }

    protected final Path outbox = createOutbox();

    @Inject
    protected EmbeddedServer server;

    @Inject
    protected JsonMapper json;

    private ApiClient api;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of(
                "bizsuite.auth.sms.outbox-file", outbox.toString(),
                "bizsuite.auth.rate-limits.send-per-ip", "100000",
                "bizsuite.auth.rate-limits.verify-per-ip", "100000",
                "bizsuite.auth.rate-limits.refresh-per-ip", "100000",
                "micronaut.server.client-address-header", "X-Forwarded-For");
    }

    protected ApiClient api() {
        if (api == null) {
            api = new ApiClient(server.getURI(), json);
        }
        return api;
    }

    /** A mobile number no other test uses. */
    protected static String newPhone() {
        return "9" + String.format("%09d", ThreadLocalRandom.current().nextLong(1_000_000_000L));
    }

    protected String sendOtp(String phone, String... headers) {
        ApiResponse response = api().post("/api/v1/auth/send-otp", object("phone", phone, "purpose", "login"), headers);
        if (response.status() != 200) {
            throw new AssertionError("send-otp failed: " + response);
        }
        return response.text("otp_id");
    }

    protected String otpFromOutbox(String otpId) {
        try {
            List<String> lines = Files.readAllLines(outbox);
            for (int i = lines.size() - 1; i >= 0; i--) {
                Map<String, Object> line = json.readValue(lines.get(i), Argument.mapOf(String.class, Object.class));
                if (otpId.equals(line.get("otp_id"))) {
                    return (String) line.get("otp");
                }
            }
            throw new AssertionError("No OTP for " + otpId + " in the outbox");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected ApiResponse verify(String phone, String otp, String otpId, String... headers) {
        return api().post("/api/v1/auth/verify-otp", object("phone", phone, "otp", otp, "otp_id", otpId), headers);
    }

    protected LoggedIn login(String phone, String... headers) {
        String otpId = sendOtp(phone);
        ApiResponse response = verify(phone, otpFromOutbox(otpId), otpId, headers);
        if (response.status() != 200) {
            throw new AssertionError("verify-otp failed: " + response);
        }
        return new LoggedIn(response.text("user.id"), phone, response.text("tokens.access_token"), response.text("tokens.refresh_token"));
    }

    protected LoggedIn newUser() {
        return login(newPhone());
    }

    private static Path createOutbox() {
        try {
            Path file = Files.createTempFile("sms-outbox", ".jsonl");
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
