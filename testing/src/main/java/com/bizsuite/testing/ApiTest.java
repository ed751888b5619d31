package com.bizsuite.testing;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

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
                // the test client is a trusted proxy, so a test can give each request an address of its own
                "bizsuite.trusted-proxies", "127.0.0.1/32,::1/128");
    }

    protected ApiClient api() {
        if (api == null) {
            api = new ApiClient(server.getURI(), json);
        }
        return api;
    }

    /** A mobile number no other test uses. */
    protected static String newPhone() {
        return OtpLogin.newPhone();
    }

    protected String sendOtp(String phone, String... headers) {
        return logins().sendOtp(phone, headers);
    }

    protected String otpFromOutbox(String otpId) {
        return logins().otpFromOutbox(otpId);
    }

    protected ApiResponse verify(String phone, String otp, String otpId, String... headers) {
        return logins().verify(phone, otp, otpId, headers);
    }

    protected LoggedIn login(String phone, String... headers) {
        return logins().login(phone, headers);
    }

    protected LoggedIn newUser() {
        return login(newPhone());
    }

    private OtpLogin logins() {
        return new OtpLogin(api(), outbox, json);
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
