package com.bizsuite.gateway;

import com.bizsuite.platform.web.ClientAddresses;
import com.bizsuite.platform.web.RequestIds;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpHeaders;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The request a service receives and the response the client receives. End-to-end headers pass
 * unchanged; hop-by-hop ones (RFC 9110 §7.6.1, and any the {@code Connection} header names) stay
 * on their hop. The service learns the client from {@code X-Forwarded-For}, {@code -Proto} and
 * {@code -Host}, believed from the caller only when it is a trusted proxy, and gets the request id
 * the gateway answers with. CORS is answered here, so a service's own CORS headers are dropped.
 */
@Singleton
class ForwardedRequests {

    static final String FORWARDED_PROTO = "X-Forwarded-Proto";
    static final String FORWARDED_HOST = "X-Forwarded-Host";

    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-connection", "proxy-authenticate",
            "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade");

    private final ClientAddresses addresses;

    ForwardedRequests(ClientAddresses addresses) {
        this.addresses = addresses;
    }

    /**
     * {@code request} readdressed to the service. Its headers are those of the request received (a
     * mutated server request shares them), so what the gateway itself still needs is read first.
     */
    MutableHttpRequest<?> toService(HttpRequest<?> request, URI service) {
        boolean trusted = addresses.fromTrustedProxy(request);
        String forwardedFor = addresses.forwardedFor(request);
        String proto = trusted ? request.getHeaders().get(FORWARDED_PROTO) : null;
        String host = trusted ? request.getHeaders().get(FORWARDED_HOST) : null;
        String requestId = RequestIds.of(request);
        String received = request.getHeaders().get(HttpHeaders.HOST);

        String query = request.getUri().getRawQuery();
        String target = service.toString().replaceFirst("/+$", "") + request.getUri().getRawPath() + (query == null ? "" : "?" + query);
        MutableHttpRequest<?> upstream = request.mutate().uri(URI.create(target));
        MutableHttpHeaders headers = upstream.getHeaders();
        removeHopByHop(headers);
        headers.remove("Forwarded");
        headers.set(ClientAddresses.FORWARDED_FOR, forwardedFor);
        headers.set(FORWARDED_PROTO, proto != null ? proto : request.isSecure() ? "https" : "http");
        if (host != null || received != null) {
            headers.set(FORWARDED_HOST, host != null ? host : received);
        }
        headers.set(RequestIds.HEADER, requestId);
        return upstream;
    }

    /**
     * Sets the {@code Connection} header of the request received, which decides whether the client's
     * connection stays open after the answer: back to what the client sent, or {@code close}. The
     * request sent on shares its headers, and the proxy client sets {@code Connection} there for its
     * own pooled connection to the service.
     */
    static void clientConnection(HttpRequest<?> request, List<String> values) {
        MutableHttpHeaders headers = (MutableHttpHeaders) request.getHeaders();
        headers.remove(HttpHeaders.CONNECTION);
        values.forEach(value -> headers.add(HttpHeaders.CONNECTION, value));
    }

    /** A service's response as the client gets it. */
    static MutableHttpResponse<?> toClient(MutableHttpResponse<?> response) {
        MutableHttpHeaders headers = response.getHeaders();
        removeHopByHop(headers);
        for (String name : List.copyOf(headers.names())) {
            if (name.toLowerCase(Locale.ROOT).startsWith("access-control-")) {
                headers.remove(name);
            }
        }
        return response;
    }

    private static void removeHopByHop(MutableHttpHeaders headers) {
        List<String> named = new ArrayList<>();
        for (String value : headers.getAll(HttpHeaders.CONNECTION)) {
            for (String token : value.split(",")) {
                named.add(token.trim());
            }
        }
        named.forEach(headers::remove);
        for (String name : List.copyOf(headers.names())) {
            if (HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT))) {
                headers.remove(name);
            }
        }
    }
}
