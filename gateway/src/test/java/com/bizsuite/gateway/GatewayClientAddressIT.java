package com.bizsuite.gateway;

import com.bizsuite.testing.ApiClient;
import com.bizsuite.testing.ApiResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Per-client rate limits and forwarded addresses through the gateway. Only 127.0.0.1 is a trusted
 * proxy; any other loopback address (each test picks its own) is a client talking to the gateway
 * directly, whatever X-Forwarded-For it sends.
 */
@MicronautTest
class GatewayClientAddressIT extends GatewayFixture {

    private static final int LIMIT = 5;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of(
                "bizsuite.trusted-proxies", "127.0.0.1/32",
                "bizsuite.gateway.rate-limit.requests", String.valueOf(LIMIT),
                "bizsuite.gateway.rate-limit.window", "1m");
    }

    @Test
    void aClientCannotEscapeItsLimitByInventingForwardedAddresses() {
        InetAddress client = ApiClient.newLoopbackAddress();
        for (int i = 0; i < LIMIT; i++) {
            ApiResponse response = send(client, "/api/v1/users/me", "X-Forwarded-For", madeUp(), "X-Forwarded-Proto", "https");
            assertThat(response.status()).isEqualTo(200);
            assertThat(echoed(response, "x-forwarded-for")).as("what the client claims is dropped").isEqualTo(client.getHostAddress());
            assertThat(echoed(response, "x-forwarded-proto")).isEqualTo("http");
        }
        ApiResponse limited = send(client, "/api/v1/users/me", "X-Forwarded-For", madeUp());
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("content-type")).startsWith("application/problem+json");
        assertThat(limited.text("message")).startsWith("Too many requests");
        assertThat(Integer.parseInt(limited.header("retry-after"))).isBetween(1, 60);
    }

    @Test
    void behindATrustedProxyEachRealClientHasItsOwnLimit() {
        InetAddress proxy = InetAddress.ofLiteral("127.0.0.1");
        for (int i = 0; i < LIMIT * 2; i++) {
            String real = madeUp();
            ApiResponse response = send(proxy, "/api/v1/items", "X-Forwarded-For", "6.6.6.6, " + real,
                    "X-Forwarded-Proto", "https", "X-Forwarded-Host", "api.example.in");
            assertThat(response.status()).as("a new client each time").isEqualTo(200);
            assertThat(echoed(response, "x-forwarded-for")).as("the chain, with the proxy appended").isEqualTo("6.6.6.6, " + real + ", 127.0.0.1");
            assertThat(echoed(response, "x-forwarded-proto")).isEqualTo("https");
            assertThat(echoed(response, "x-forwarded-host")).isEqualTo("api.example.in");
        }
        String real = madeUp();
        for (int i = 0; i < LIMIT; i++) {
            assertThat(send(proxy, "/api/v1/items", "X-Forwarded-For", "6.6.6." + i + ", " + real).status()).isEqualTo(200);
        }
        assertThat(send(proxy, "/api/v1/items", "X-Forwarded-For", real).status()).as("the same real client").isEqualTo(429);
    }

    private static String madeUp() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "198.51." + random.nextInt(0, 256) + "." + random.nextInt(1, 255);
    }

    private ApiResponse send(InetAddress from, String path, String... headers) {
        return new ApiClient(URI.create("http://127.0.0.1:" + server.getPort()), json, from).get(path, headers);
    }
}
