package com.bizsuite.auth.platform;

import com.bizsuite.auth.AuthApiFixture;
import com.bizsuite.testing.ApiResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static com.bizsuite.testing.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

/** The platform kernel's HTTP and JSON rules, seen from a client. */
@MicronautTest(transactional = false)
class PlatformContractIT extends AuthApiFixture {

    @Test
    void anUnexpectedFaultIsA500WithoutInternals() {
        ApiResponse response = api().get("/test/platform/fault");
        assertThat(response.status()).isEqualTo(500);
        assertThat(response.text("message")).isEqualTo("Internal Server Error");
        assertThat(response.body()).doesNotContain("duplicate key").doesNotContain("com.bizsuite").doesNotContain("Exception");
        assertThat(response.text("request_id")).isNotBlank();
    }

    @Test
    void decimalsGoOutAsStringsWithTheirScale() {
        ApiResponse response = api().get("/test/platform/amounts");
        assertThat(response.body()).isEqualTo("{\"amount\":\"1167.98\",\"rate\":\"18.00\"}");
    }

    @Test
    void decimalsComeInAsNumbersOrNumericStrings() {
        ApiResponse asNumbers = api().post("/test/platform/amounts", "{\"amount\": 10.5, \"rate\": 18}");
        assertThat(asNumbers.status()).as(asNumbers.toString()).isEqualTo(200);
        assertThat(asNumbers.body()).isEqualTo("{\"amount\":\"10.5\",\"rate\":\"18\"}");
        ApiResponse asStrings = api().post("/test/platform/amounts", "{\"amount\": \"10.50\", \"rate\": \"18.00\"}");
        assertThat(asStrings.status()).as(asStrings.toString()).isEqualTo(200);
        assertThat(asStrings.body()).isEqualTo("{\"amount\":\"10.50\",\"rate\":\"18.00\"}");
        ApiResponse garbage = api().post("/test/platform/amounts", "{\"amount\": \"ten\", \"rate\": 18}");
        assertThat(garbage.status()).isEqualTo(400);
        assertThat(garbage.text("message")).startsWith("amount:");
    }

    @Test
    void textFieldsTakeStringsOnly() {
        ApiResponse number = api().post("/api/v1/auth/send-otp", "{\"phone\": 9876543210, \"purpose\": \"login\"}");
        assertThat(number.status()).isEqualTo(400);
        assertThat(number.text("message")).isEqualTo("phone: must be a JSON string");
        ApiResponse array = api().post("/api/v1/auth/send-otp", object("phone", newPhone(), "purpose", java.util.List.of("login")));
        assertThat(array.status()).isEqualTo(400);
        assertThat(array.text("message")).contains("purpose");
    }

    @Test
    void aFixedOrCommonOtpNeverWorks() {
        for (String guess : new String[]{"123456", "000000", "111111", "999999", "654321"}) {
            String phone = newPhone();
            String otpId = sendOtp(phone);
            if (!guess.equals(otpFromOutbox(otpId))) {
                assertThat(verify(phone, guess, otpId).status()).as("guess " + guess).isEqualTo(400);
            }
        }
    }

    @Test
    void aTenantRouteNeedsABusinessIdHeader() {
        assertThat(api().get("/api/v1/users/" + UUID.randomUUID()).status()).isEqualTo(401);
    }
}
