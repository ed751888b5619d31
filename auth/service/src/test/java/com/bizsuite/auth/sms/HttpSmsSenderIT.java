package com.bizsuite.auth.sms;

import com.bizsuite.platform.error.ApiException;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The HTTP provider against a local stub that records what it receives. */
class HttpSmsSenderIT {

    record Received(String contentType, String apiKey, String body) {
    }

    private HttpServer stub;
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final AtomicInteger answer = new AtomicInteger(202);

    @BeforeEach
    void startStub() throws IOException {
        stub = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        stub.createContext("/send", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(exchange.getRequestHeaders().getFirst("Content-Type"),
                    exchange.getRequestHeaders().getFirst("X-Api-Key"), body));
            exchange.sendResponseHeaders(answer.get(), -1);
            exchange.close();
        });
        stub.start();
    }

    @AfterEach
    void stopStub() {
        stub.stop(0);
    }

    private HttpSmsSender sender(String template) {
        URI url = URI.create("http://127.0.0.1:" + stub.getAddress().getPort() + "/send");
        return new HttpSmsSender(url, "X-Api-Key", "secret-key", "application/json", template);
    }

    @Test
    void postsTheRenderedTemplateWithTheConfiguredHeader() throws Exception {
        sender("{\"mobile\":\"91{phone}\",\"otp\":\"{otp}\"}")
                .send(new OtpMessage("9876543210", "id-1", "654321", "login", Instant.now()));
        Received request = received.poll(5, TimeUnit.SECONDS);
        assertThat(request).isNotNull();
        assertThat(request.apiKey()).isEqualTo("secret-key");
        assertThat(request.contentType()).isEqualTo("application/json");
        assertThat(request.body()).isEqualTo("{\"mobile\":\"919876543210\",\"otp\":\"654321\"}");
    }

    @Test
    void theDefaultTemplateCarriesTheMessageText() throws Exception {
        sender("").send(new OtpMessage("9876543210", "id-1", "654321", "login", Instant.now()));
        assertThat(received.poll(5, TimeUnit.SECONDS).body()).contains("+919876543210").contains("654321");
    }

    @Test
    void aProviderFailureIsAServiceUnavailable() {
        answer.set(500);
        assertThatThrownBy(() -> sender("").send(new OtpMessage("9876543210", "id-1", "654321", "login", Instant.now())))
                .isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(((ApiException) e).status().getCode()).isEqualTo(503));
    }
}
