package com.bizsuite.auth;

import com.bizsuite.testing.ApiResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.bizsuite.testing.ApiClient.bearer;
import static com.bizsuite.testing.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class LoginIT extends AuthApiFixture {

    @Test
    void fullLoginWithTheOtpFromTheOutbox() {
        String phone = newPhone();
        String otpId = sendOtp(phone);
        ApiResponse login = verify(phone, otpFromOutbox(otpId), otpId);

        assertThat(login.status()).isEqualTo(200);
        assertThat(login.at("is_new_user")).isEqualTo(true);
        assertThat(login.text("user.phone")).isEqualTo(phone);
        assertThat(login.at("user.phone_verified")).isEqualTo(true);
        assertThat(login.map().get("user")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsKeys("id", "phone", "name", "email", "phone_verified");
        assertThat(login.text("tokens.access_token")).contains(".");
        assertThat(login.text("tokens.refresh_token")).isNotBlank();

        ApiResponse me = api().get("/api/v1/users/me", bearer(login.text("tokens.access_token")));
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.text("id")).isEqualTo(login.text("user.id"));

        assertThat(login(phone).userId()).as("the second login finds the same user").isEqualTo(login.text("user.id"));
    }

    @Test
    void secondLoginIsNotANewUser() {
        String phone = newPhone();
        login(phone);
        String otpId = sendOtp(phone);
        assertThat(verify(phone, otpFromOutbox(otpId), otpId).at("is_new_user")).isEqualTo(false);
    }

    @Test
    void anOtpOfPhoneADoesNotLogInPhoneB() {
        String phoneA = newPhone();
        String phoneB = newPhone();
        String otpId = sendOtp(phoneA);
        String otp = otpFromOutbox(otpId);

        ApiResponse asB = verify(phoneB, otp, otpId);
        assertThat(asB.status()).isEqualTo(400);
        assertThat(asB.text("message")).isEqualTo("Invalid OTP");
        assertThat(verify(phoneA, otp, otpId).status()).as("A can still use it").isEqualTo(200);
    }

    @Test
    void anOtpWorksOnce() {
        String phone = newPhone();
        String otpId = sendOtp(phone);
        String otp = otpFromOutbox(otpId);
        assertThat(verify(phone, otp, otpId).status()).isEqualTo(200);

        ApiResponse replay = verify(phone, otp, otpId);
        assertThat(replay.status()).isEqualTo(400);
        assertThat(replay.text("message")).contains("expired or already used");
    }

    @Test
    void fiveWrongAttemptsKillTheOtp() {
        String phone = newPhone();
        String otpId = sendOtp(phone);
        String otp = otpFromOutbox(otpId);
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(verify(phone, wrong(otp), otpId).status()).as("wrong attempt " + attempt).isEqualTo(400);
        }
        ApiResponse sixth = verify(phone, otp, otpId);
        assertThat(sixth.status()).as("the right code after five wrong ones").isEqualTo(400);
        assertThat(sixth.text("message")).contains("expired or already used");
    }

    @Test
    void concurrentRightAnswersLogInOnce() throws Exception {
        String phone = newPhone();
        String otpId = sendOtp(phone);
        String otp = otpFromOutbox(otpId);
        try (var executor = java.util.concurrent.Executors.newFixedThreadPool(8)) {
            var results = executor.invokeAll(java.util.stream.IntStream.range(0, 8)
                    .<java.util.concurrent.Callable<Integer>>mapToObj(i -> () -> verify(phone, otp, otpId).status())
                    .toList());
            List<Integer> statuses = results.stream().map(f -> {
                try {
                    return f.get();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
            assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
            assertThat(statuses).filteredOn(s -> s == 400).hasSize(7);
        }
    }

    @Test
    void anUnknownOtpIdIsRejected() {
        ApiResponse response = verify(newPhone(), "123456", "00000000-0000-4000-8000-000000000000");
        assertThat(response.status()).isEqualTo(400);
    }

    @Test
    void sendOtpValidatesItsInput() {
        ApiResponse badPhone = api().post("/api/v1/auth/send-otp", object("phone", "12345", "purpose", "login"));
        assertThat(badPhone.status()).isEqualTo(400);
        assertThat(badPhone.header("content-type")).startsWith("application/problem+json");
        assertThat(badPhone.map()).containsKeys("type", "title", "status", "detail", "instance", "statusCode", "error",
                "message", "path", "method", "timestamp", "request_id");
        assertThat(badPhone.at("message")).asList().singleElement().asString().startsWith("phone: must match");

        ApiResponse badPurpose = api().post("/api/v1/auth/send-otp", object("phone", newPhone(), "purpose", "spam"));
        assertThat(badPurpose.status()).isEqualTo(400);
        assertThat(badPurpose.at("message")).asList().singleElement().asString().startsWith("purpose:");

        ApiResponse missing = api().post("/api/v1/auth/send-otp", object("purpose", "login"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.at("message")).asList().singleElement().asString().startsWith("phone:");

        ApiResponse unknownField = api().post("/api/v1/auth/send-otp", object("phone", newPhone(), "purpose", "login", "is_admin", true));
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(unknownField.text("message")).isEqualTo("Unknown field 'is_admin'");

        ApiResponse malformed = api().post("/api/v1/auth/send-otp", "{\"phone\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.text("message")).isEqualTo("Malformed JSON in request body");
    }

    @Test
    void verifyOtpValidatesItsInput() {
        ApiResponse shortOtp = api().post("/api/v1/auth/verify-otp", object("phone", newPhone(), "otp", "12a", "otp_id", "x"));
        assertThat(shortOtp.status()).isEqualTo(400);
        assertThat(shortOtp.at("message")).asList().singleElement().asString().startsWith("otp:");

        ApiResponse noOtpId = api().post("/api/v1/auth/verify-otp", object("phone", newPhone(), "otp", "123456"));
        assertThat(noOtpId.status()).isEqualTo(400);
        assertThat(noOtpId.at("message")).asList().singleElement().asString().startsWith("otp_id:");
    }

    @Test
    void publicRoutesIgnoreAStaleAuthorizationHeader() {
        ApiResponse response = api().post("/api/v1/auth/send-otp", object("phone", newPhone(), "purpose", "login"),
                "Authorization", "Bearer not.a.token");
        assertThat(response.status()).isEqualTo(200);
    }

    @Test
    void everyResponseCarriesARequestId() {
        ApiResponse given = api().get("/api/v1/users/me", "X-Request-ID", "trace-123");
        assertThat(given.header("x-request-id")).isEqualTo("trace-123");
        assertThat(given.text("request_id")).isEqualTo("trace-123");

        ApiResponse insane = api().get("/api/v1/users/me", "X-Request-ID", "bad id with spaces");
        assertThat(insane.header("x-request-id")).isNotEqualTo("bad id with spaces").hasSizeGreaterThan(8);
    }
}
