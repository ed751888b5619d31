package com.bizsuite.auth;

import com.bizsuite.testing.ApiClient;
import com.bizsuite.testing.ApiResponse;
import com.bizsuite.testing.ApiTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static com.bizsuite.testing.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-address OTP limit counts the real client. A forwarded address is believed only from a
 * trusted proxy (ApiTest trusts 127.0.0.1); any other loopback address stands for a client that
 * talks to the server directly and writes X-Forwarded-For itself.
 */
@MicronautTest(transactional = false)
class ClientAddressIT extends ApiTest {

    private static final int PER_ADDRESS = 5;

    @Override
    protected Map<String, String> extraProperties() {
        Map<String, String> properties = new HashMap<>(super.extraProperties());
        properties.put("bizsuite.auth.rate-limits.send-per-ip", String.valueOf(PER_ADDRESS));
        return properties;
    }

    @Test
    void aSpoofedForwardedForDoesNotLiftTheLimitOfAnUntrustedPeer() {
        ApiClient client = from(ApiClient.newLoopbackAddress());
        for (int i = 0; i < PER_ADDRESS; i++) {
            assertThat(sendOtp(client, madeUpAddress()).status()).isEqualTo(200);
        }
        for (int i = 0; i < 10; i++) {
            ApiResponse limited = sendOtp(client, madeUpAddress());
            assertThat(limited.status()).as("a new made-up X-Forwarded-For each time").isEqualTo(429);
            assertThat(limited.header("retry-after")).isNotNull();
        }
    }

    @Test
    void behindATrustedProxyTheRealClientIsLimitedAndNoOneElse() {
        ApiClient proxy = from(InetAddress.ofLiteral("127.0.0.1"));
        for (int i = 0; i < PER_ADDRESS * 2; i++) {
            assertThat(sendOtp(proxy, "6.6.6.6, " + madeUpAddress()).status()).as("a different real client each time").isEqualTo(200);
        }
        String real = madeUpAddress();
        for (int i = 0; i < PER_ADDRESS; i++) {
            assertThat(sendOtp(proxy, madeUpAddress() + ", " + real).status()).isEqualTo(200);
        }
        assertThat(sendOtp(proxy, real).status()).as("the same client, whatever it writes left of it").isEqualTo(429);
    }

    private ApiClient from(InetAddress address) {
        return new ApiClient(URI.create("http://127.0.0.1:" + server.getPort()), json, address);
    }

    private ApiResponse sendOtp(ApiClient client, String forwardedFor) {
        return client.post("/api/v1/auth/send-otp", object("phone", newPhone(), "purpose", "login"), "X-Forwarded-For", forwardedFor);
    }

    private static String madeUpAddress() {
        UUID random = UUID.randomUUID();
        return "203.0." + (random.getMostSignificantBits() & 0xff) + "." + (random.getLeastSignificantBits() & 0xff);
    }
}
