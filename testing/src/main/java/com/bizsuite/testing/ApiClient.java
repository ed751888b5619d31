package com.bizsuite.testing;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Real HTTP against a running server, with the body kept as text so tests see exactly what
 * a client sees. Headers are given as name/value pairs.
 */
public final class ApiClient {

    private final URI base;
    private final JsonMapper json;
    private final HttpClient http;

    public ApiClient(URI base, JsonMapper json) {
        this(base, json, null);
    }

    /** A client whose connections come from {@code localAddress}, e.g. one of {@link #newLoopbackAddress()}. */
    public ApiClient(URI base, JsonMapper json, InetAddress localAddress) {
        this.base = base;
        this.json = json;
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5));
        this.http = (localAddress == null ? builder : builder.localAddress(localAddress)).build();
    }

    /**
     * A loopback address other than 127.0.0.1, new to this test run: a client address of its own that
     * no other test's requests count against (Linux answers on all of 127.0.0.0/8).
     */
    public static InetAddress newLoopbackAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return InetAddress.ofLiteral("127." + random.nextInt(1, 255) + "." + random.nextInt(0, 256) + "." + random.nextInt(2, 255));
    }

    public ApiResponse get(String path, String... headers) {
        return send("GET", path, null, headers);
    }

    /** The raw bytes of a GET, for documents such as PDFs. */
    public byte[] getBytes(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public ApiResponse delete(String path, String... headers) {
        return send("DELETE", path, null, headers);
    }

    public ApiResponse post(String path, Object body, String... headers) {
        return send("POST", path, body, headers);
    }

    public ApiResponse patch(String path, Object body, String... headers) {
        return send("PATCH", path, body, headers);
    }

    /** Sends {@code body} as given when it is a String (so tests can send broken JSON), else as JSON. */
    public ApiResponse send(String method, String path, Object body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
        boolean hasContentType = false;
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
            hasContentType |= headers[i].equalsIgnoreCase("content-type");
        }
        if (body != null && !hasContentType) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(text(body)));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new ApiResponse(response.statusCode(), response.headers().map(), response.body(), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String[] bearer(String token, String... more) {
        return prepend("Authorization", "Bearer " + token, more);
    }

    /** Headers of a tenant-scoped request: the caller's token and {@code x-business-id}, then {@code more}. */
    public static String[] tenant(String token, String business, String... more) {
        return bearer(token, prepend("x-business-id", business, more));
    }

    private static String[] prepend(String name, String value, String... more) {
        String[] headers = new String[more.length + 2];
        headers[0] = name;
        headers[1] = value;
        System.arraycopy(more, 0, headers, 2, more.length);
        return headers;
    }

    public static Map<String, Object> object(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private String text(Object body) {
        if (body instanceof String s) {
            return s;
        }
        try {
            return json.writeValueAsString(Argument.OBJECT_ARGUMENT, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
