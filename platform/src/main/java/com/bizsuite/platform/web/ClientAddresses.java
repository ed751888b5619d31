package com.bizsuite.platform.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.http.server.util.DefaultHttpClientAddressResolver;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import jakarta.inject.Singleton;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;

/**
 * The address a request came from, for per-address rate limits. Micronaut's own resolver believes
 * any {@code Forwarded} or {@code X-Forwarded-For} header, so a client could name a new address on
 * every request and never be limited. Here forwarding headers count only when the direct peer is a
 * trusted proxy ({@code bizsuite.trusted-proxies}, CIDRs; none by default), and then the client is
 * the right-most address of the chain that is not a trusted proxy. The header read is
 * {@code micronaut.server.client-address-header} ({@code X-Forwarded-For} unless set; {@code Forwarded}
 * is read as RFC 7239).
 */
@Singleton
@Replaces(DefaultHttpClientAddressResolver.class)
public final class ClientAddresses implements HttpClientAddressResolver {

    public static final String FORWARDED_FOR = "X-Forwarded-For";

    private final TrustedProxies trusted;
    private final String header;

    ClientAddresses(@Value("${bizsuite.trusted-proxies:}") String trustedProxies, HttpServerConfiguration server) {
        this.trusted = TrustedProxies.parse(trustedProxies);
        this.header = server.getClientAddressHeader() == null ? FORWARDED_FOR : server.getClientAddressHeader();
    }

    @Override
    public String resolve(HttpRequest request) {
        InetAddress peer = peer(request);
        if (peer == null) {
            return null;
        }
        if (!trusted.contains(peer)) {
            return peer.getHostAddress();
        }
        return trusted.client(peer, TrustedProxies.chain(request.getHeaders().getAll(header), header.equalsIgnoreCase("Forwarded")));
    }

    /** Whether the direct peer is a trusted proxy, whose forwarding headers may be passed on. */
    public boolean fromTrustedProxy(HttpRequest<?> request) {
        InetAddress peer = peer(request);
        return peer != null && trusted.contains(peer);
    }

    /**
     * The {@code X-Forwarded-For} value for a service behind this process: the chain received from a
     * trusted proxy with the peer appended, or only the peer when it is not a trusted proxy (what an
     * untrusted client claims is dropped).
     */
    public String forwardedFor(HttpRequest<?> request) {
        InetAddress peer = peer(request);
        String address = peer == null ? "unknown" : peer.getHostAddress();
        if (peer == null || !trusted.contains(peer)) {
            return address;
        }
        List<String> received = TrustedProxies.chain(request.getHeaders().getAll(FORWARDED_FOR), false);
        return received.isEmpty() ? address : String.join(", ", received) + ", " + address;
    }

    private static InetAddress peer(HttpRequest<?> request) {
        InetSocketAddress remote = request.getRemoteAddress();
        return remote == null ? null : remote.getAddress();
    }
}
