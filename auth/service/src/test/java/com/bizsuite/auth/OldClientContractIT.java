package com.bizsuite.auth;

import com.bizsuite.testing.ApiResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.bizsuite.testing.ApiClient.bearer;
import static com.bizsuite.testing.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

/**
 * The old system's auth DTOs against ours: every field its responses had is present and
 * every value and optional field its requests allowed is accepted. Differences kept on
 * purpose (no {@code is_superadmin}, the sessions and search shapes) are not checked here.
 */
@MicronautTest(transactional = false)
class OldClientContractIT extends AuthApiFixture {

    private static final List<String> SEND_OTP_RESPONSE = List.of("otp_id", "expires_in", "message");
    private static final List<String> VERIFY_OTP_RESPONSE = List.of("user", "tokens", "is_new_user");
    private static final List<String> VERIFY_OTP_USER = List.of("id", "phone", "name", "email", "phone_verified");
    private static final List<String> TOKENS = List.of("access_token", "refresh_token");
    private static final List<String> PROFILE = List.of("id", "phone", "phone_verified", "name", "email", "email_verified",
            "avatar_url", "user_type", "language_preference", "status", "last_login_at", "created_at", "updated_at");

    @Test
    void everyOldOtpPurposeLogsIn() {
        for (String purpose : List.of("login", "registration", "verification")) {
            String phone = newPhone();
            ApiResponse sent = api().post("/api/v1/auth/send-otp", object("phone", phone, "purpose", purpose));
            assertThat(sent.status()).as(purpose + ": " + sent).isEqualTo(200);
            assertThat(sent.map()).containsKeys(SEND_OTP_RESPONSE.toArray(String[]::new));

            String otpId = sent.text("otp_id");
            ApiResponse verified = verify(phone, otpFromOutbox(otpId), otpId);
            assertThat(verified.status()).as(purpose + ": " + verified).isEqualTo(200);
        }
    }

    @Test
    void verifyOtpAndRefreshAnswerTheOldFields() {
        String phone = newPhone();
        String otpId = sendOtp(phone);
        ApiResponse plain = verify(phone, otpFromOutbox(otpId), otpId);
        assertVerifyOtpShape(plain);

        otpId = sendOtp(phone);
        ApiResponse withDevice = api().post("/api/v1/auth/verify-otp", object("phone", phone, "otp", otpFromOutbox(otpId),
                "otp_id", otpId, "device_info", Map.of("device", "mobile", "os", "iOS")));
        assertVerifyOtpShape(withDevice);

        ApiResponse refreshed = api().post("/api/v1/auth/refresh-token", object("refresh_token", withDevice.text("tokens.refresh_token")));
        assertThat(refreshed.status()).as(refreshed.toString()).isEqualTo(200);
        assertThat(refreshed.map()).containsKeys(TOKENS.toArray(String[]::new));
    }

    @Test
    void everyProfileResponseHasTheOldFields() {
        LoggedIn user = newUser();
        assertProfileShape(api().get("/api/v1/users/me", bearer(user.accessToken())));
        assertProfileShape(api().get("/api/v1/users/profile", bearer(user.accessToken())));
        assertProfileShape(api().patch("/api/v1/users/profile", object("name", "Asha"), bearer(user.accessToken())));
    }

    @Test
    void everyOldProfileFieldIsAcceptedAloneOrTogether() {
        LoggedIn user = newUser();
        List<Map<String, Object>> bodies = List.of(
                object(),
                object("name", "Al"),
                object("name", "N".repeat(100)),
                object("email", "asha@example.com"),
                object("language_preference", "en"),
                object("language_preference", "hi"),
                object("name", "Asha Traders", "email", "owner@asha.example", "language_preference", "hi"));
        for (Map<String, Object> body : bodies) {
            ApiResponse response = api().patch("/api/v1/users/profile", body, bearer(user.accessToken()));
            assertThat(response.status()).as(body + ": " + response).isEqualTo(200);
            body.forEach((field, value) -> assertThat(response.at(field)).as(field).isEqualTo(value));
        }
    }

    private static void assertVerifyOtpShape(ApiResponse response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.map()).containsKeys(VERIFY_OTP_RESPONSE.toArray(String[]::new));
        assertThat(response.map().get("user")).asInstanceOf(MAP).containsKeys(VERIFY_OTP_USER.toArray());
        assertThat(response.map().get("tokens")).asInstanceOf(MAP).containsKeys(TOKENS.toArray());
    }

    private static void assertProfileShape(ApiResponse response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.map()).containsKeys(PROFILE.toArray(String[]::new));
    }
}
