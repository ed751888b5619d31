package com.bizsuite.gateway;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static com.bizsuite.gateway.StubService.MEGABYTE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bodies pass through as they come. Each test holds back all but the first megabyte of a 5 MB body
 * until the other end has seen that megabyte: a gateway that read a body whole before passing it
 * on could never let that happen, and the test would time out.
 */
@MicronautTest
class GatewayStreamingIT extends GatewayFixture {

    private static final int SIZE = 5 * MEGABYTE;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("micronaut.server.max-request-size", String.valueOf(8 * MEGABYTE));
    }

    @Test
    void anUploadReachesTheServiceBeforeItHasAllBeenSent() throws Exception {
        byte[] body = StubService.pattern(SIZE);
        PipedOutputStream sender = new PipedOutputStream();
        PipedInputStream pipe = new PipedInputStream(sender, 64 * 1024);
        HttpRequest request = HttpRequest.newBuilder(gateway("/api/v1/invoices/42/upload"))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> pipe))
                .build();
        CompletableFuture<HttpResponse<String>> answer = http.sendAsync(request, HttpResponse.BodyHandlers.ofString());

        sender.write(body, 0, MEGABYTE);
        sender.flush();
        assertThat(services.get("invoice").uploadArriving.await(15, TimeUnit.SECONDS))
                .as("the service was reading the body while most of it was still unsent").isTrue();
        sender.write(body, MEGABYTE, SIZE - MEGABYTE);
        sender.close();

        HttpResponse<String> response = answer.get(30, TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"received\":" + SIZE).contains(StubService.sha256(body));
    }

    @Test
    void anUploadOfKnownLengthArrivesIntact() throws Exception {
        byte[] body = StubService.pattern(SIZE);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(gateway("/api/v1/items/upload"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"received\":" + SIZE).contains(StubService.sha256(body));
    }

    @Test
    void aDownloadReachesTheClientBeforeTheServiceHasSentItAll() throws Exception {
        HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(gateway("/api/v1/reports/download")).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        byte[] received = new byte[StubService.DOWNLOAD_SIZE];
        try (InputStream in = response.body()) {
            int first = in.readNBytes(received, 0, MEGABYTE);
            assertThat(first).isEqualTo(MEGABYTE);
            // the service sends the rest only now
            services.get("invoice").clientHasFirstMegabyte.countDown();
            int rest = in.readNBytes(received, MEGABYTE, received.length - MEGABYTE);
            assertThat(rest).isEqualTo(received.length - MEGABYTE);
            assertThat(in.read()).isEqualTo(-1);
        }
        assertThat(StubService.sha256(received)).isEqualTo(StubService.sha256(StubService.pattern(StubService.DOWNLOAD_SIZE)));
    }

    private URI gateway(String path) {
        return URI.create("http://127.0.0.1:" + server.getPort() + path);
    }
}
