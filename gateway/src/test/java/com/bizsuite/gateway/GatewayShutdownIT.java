package com.bizsuite.gateway;

import com.bizsuite.testing.RealInfrastructure;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Stopping a process the way SIGTERM does (the server, then the context) with a request in flight:
 * the listener closes at once, the request still gets its whole answer, then the process ends.
 * Platform's defaults turn on Micronaut's graceful shutdown; without it the request is cut.
 */
class GatewayShutdownIT {

    @Test
    void aRequestInFlightIsAnsweredWhileNewConnectionsAreRefused() throws Exception {
        Map<String, StubService> services = new HashMap<>();
        for (String name : List.of("auth", "business", "inventory", "invoice")) {
            services.put(name, StubService.start(name));
        }
        Map<String, Object> properties = new HashMap<>();
        services.forEach((name, stub) -> properties.put("bizsuite.gateway.services." + name + ".url", stub.url().toString()));
        properties.put("redis.uri", RealInfrastructure.redisUri());
        properties.put("micronaut.server.port", -1);
        EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties);
        int port = server.getPort();
        try (HttpClient http = HttpClient.newHttpClient()) {
            CompletableFuture<HttpResponse<String>> slow = http.sendAsync(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/payments/slow")).build(),
                    HttpResponse.BodyHandlers.ofString());
            StubService invoice = services.get("invoice");
            long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (invoice.requests.get() == 0 && System.nanoTime() < until) {
                Thread.sleep(10);
            }
            assertThat(invoice.requests.get()).as("the request reached the service").isEqualTo(1);

            CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::stop);
            until = System.nanoTime() + Duration.ofSeconds(1).toNanos();
            while (accepts(port) && System.nanoTime() < until) {
                Thread.sleep(10);
            }
            assertThat(slow).as("still in flight (the service takes two seconds)").isNotDone();
            assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(ConnectException.class);

            HttpResponse<String> answer = slow.get(15, TimeUnit.SECONDS);
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).isEqualTo("{\"slow\":true}");
            stopping.get(30, TimeUnit.SECONDS);
            assertThat(server.getApplicationContext().isRunning()).isFalse();
        } finally {
            if (server.isRunning()) {
                server.stop();
            }
            services.values().forEach(StubService::close);
        }
    }

    private static boolean accepts(int port) {
        try (Socket ignored = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
