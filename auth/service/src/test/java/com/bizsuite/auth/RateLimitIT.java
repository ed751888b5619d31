package com.bizsuite.auth;

import com.bizsuite.testing.ApiResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static com.bizsuite.testing.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class RateLimitIT extends AuthApiFixture {

    @Override
    protected Map<String, String> extraProperties() {
        Map<String, String> properties = new HashMap<>(super.extraProperties());
        properties.put("bizsuite.auth.rate-limits.send-per-ip", "8");
        properties.put("bizsuite.auth.rate-limits.verify-per-phone", "3");
        return properties;
    }

    private static String newIp() {
        UUID random = UUID.randomUUID();
        return "10." + (random.hashCode() & 0x7f) + "." + (random.getLeastSignificantBits() & 0xff) + "." + (random.getMostSignificantBits() & 0xff);
    }

    @Test
    void sixthSendForOnePhoneIsTooManyRequests() {
        String phone = newPhone();
        for (int i = 0; i < 5; i++) {
            assertThat(api().post("/api/v1/auth/send-otp", object("phone", phone, "purpose", "login"), "X-Forwarded-For", newIp()).status())
                    .isEqualTo(200);
        }
        ApiResponse limited = api().post("/api/v1/auth/send-otp", object("phone", phone, "purpose", "login"), "X-Forwarded-For", newIp());
        assertThat(limited.status()).isEqualTo(429);
        assertThat(Integer.parseInt(limited.header("retry-after"))).isBetween(1, 900);
        assertThat(limited.text("message")).startsWith("Too many requests");
    }

    @Test
    void oneAddressAskingForManyPhonesIsLimited() {
        String ip = newIp();
        for (int i = 0; i < 8; i++) {
            assertThat(api().post("/api/v1/auth/send-otp", object("phone", newPhone(), "purpose", "login"), "X-Forwarded-For", ip).status())
                    .isEqualTo(200);
        }
        ApiResponse limited = api().post("/api/v1/auth/send-otp", object("phone", newPhone(), "purpose", "login"), "X-Forwarded-For", ip);
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("retry-after")).isNotNull();
    }

    @Test
    void verifyingIsLimitedPerPhone() {
        String phone = newPhone();
        String otpId = sendOtp(phone, "X-Forwarded-For", newIp());
        for (int i = 0; i < 3; i++) {
            assertThat(verify(phone, "000000", otpId).status()).isIn(400);
        }
        ApiResponse limited = verify(phone, otpFromOutbox(otpId), otpId);
        assertThat(limited.status()).isEqualTo(429);
    }
}
