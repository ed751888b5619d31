package com.bizsuite.gateway;

import com.bizsuite.testing.ApiClient;
import com.bizsuite.testing.ApiResponse;
import com.bizsuite.testing.RealInfrastructure;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The gateway on a random port in front of four real stub services, with a real Redis from
 * {@code com.bizsuite.testing}. Subclasses add properties through {@link #extraProperties()}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class GatewayFixture implements TestPropertyProvider {

    protected final Map<String, StubService> services = new LinkedHashMap<>();

    @Inject
    protected EmbeddedServer server;

    @Inject
    protected JsonMapper json;

    private ApiClient api;

    GatewayFixture() {
        for (String name : List.of("auth", "business", "inventory", "invoice")) {
            services.put(name, StubService.start(name));
        }
    }

    @Override
    public final Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>();
        services.forEach((name, stub) -> properties.put("bizsuite.gateway.services." + name + ".url", stub.url().toString()));
        properties.put("redis.uri", RealInfrastructure.redisUri());
        properties.put("micronaut.server.port", "-1");
        properties.putAll(extraProperties());
        return properties;
    }

    protected Map<String, String> extraProperties() {
        return Map.of();
    }

    @AfterAll
    void stopServices() {
        services.values().forEach(StubService::close);
    }

    protected ApiClient api() {
        if (api == null) {
            api = new ApiClient(URI.create("http://127.0.0.1:" + server.getPort()), json);
        }
        return api;
    }

    /** The first value of a header as a stub service received it, from its echo. */
    protected static String echoed(ApiResponse response, String header) {
        Object values = ((Map<?, ?>) response.at("headers")).get(header);
        return values == null ? null : ((List<?>) values).getFirst().toString();
    }

    /**
     * Sends {@code head} (request line and headers, CRLF-separated, without the blank line) as
     * written, on a connection of its own, and returns the whole response as text: for headers a
     * client library would rewrite or refuse.
     */
    protected String raw(String head) {
        try (Socket socket = new Socket("127.0.0.1", server.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((head + "\r\nHost: 127.0.0.1:" + server.getPort() + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
