package com.bizsuite.platform.web;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrustedProxiesTest {

    private static final TrustedProxies ALB_AND_GATEWAY = TrustedProxies.parse("10.0.0.0/16, 192.168.7.7, fd00::/8");

    private static InetAddress ip(String literal) {
        return InetAddress.ofLiteral(literal);
    }

    private static List<String> xff(String... values) {
        return TrustedProxies.chain(List.of(values), false);
    }

    @Test
    void anUntrustedPeerIsTheClientWhateverItForwards() {
        assertThat(ALB_AND_GATEWAY.client(ip("203.0.113.9"), xff("1.2.3.4"))).isEqualTo("203.0.113.9");
        assertThat(TrustedProxies.parse("").client(ip("10.0.0.5"), xff("1.2.3.4"))).isEqualTo("10.0.0.5");
        assertThat(TrustedProxies.parse(null).isEmpty()).isTrue();
    }

    @Test
    void theRightMostUntrustedAddressIsTheClient() {
        // the client wrote "6.6.6.6, 7.7.7.7"; the ALB appended the address it saw
        assertThat(ALB_AND_GATEWAY.client(ip("10.0.1.2"), xff("6.6.6.6, 7.7.7.7, 198.51.100.4"))).isEqualTo("198.51.100.4");
        // the gateway appended the ALB, which is trusted too
        assertThat(ALB_AND_GATEWAY.client(ip("10.0.3.3"), xff("6.6.6.6, 198.51.100.4, 10.0.1.2"))).isEqualTo("198.51.100.4");
        // several headers are one chain, in order
        assertThat(ALB_AND_GATEWAY.client(ip("192.168.7.7"), xff("6.6.6.6", "198.51.100.4", "10.0.9.9"))).isEqualTo("198.51.100.4");
    }

    @Test
    void aTrustedPeerWithoutAChainIsTheClient() {
        assertThat(ALB_AND_GATEWAY.client(ip("10.0.1.2"), List.of())).isEqualTo("10.0.1.2");
    }

    @Test
    void whenEveryHopIsTrustedTheLeftMostIsTheClient() {
        assertThat(ALB_AND_GATEWAY.client(ip("10.0.1.2"), xff("10.0.5.5, 10.0.4.4"))).isEqualTo("10.0.5.5");
    }

    @Test
    void anEntryThatIsNoAddressStopsAtTheProxyThatPassedItOn() {
        assertThat(ALB_AND_GATEWAY.client(ip("10.0.1.2"), xff("unknown"))).isEqualTo("10.0.1.2");
        assertThat(ALB_AND_GATEWAY.client(ip("10.0.1.2"), xff("1.2.3.4, evil.example, 10.0.4.4"))).isEqualTo("10.0.4.4");
        assertThat(ALB_AND_GATEWAY.client(ip("10.0.1.2"), xff("1.2.3"))).as("no BSD shorthand").isEqualTo("10.0.1.2");
    }

    @Test
    void portsBracketsAndQuotesAreRead() {
        assertThat(TrustedProxies.literal("198.51.100.4:5555")).isEqualTo(ip("198.51.100.4"));
        assertThat(TrustedProxies.literal("[2001:db8::1]:4711")).isEqualTo(ip("2001:db8::1"));
        assertThat(TrustedProxies.literal("\"[2001:db8::1]\"")).isEqualTo(ip("2001:db8::1"));
        assertThat(TrustedProxies.literal("2001:db8::1")).isEqualTo(ip("2001:db8::1"));
        assertThat(TrustedProxies.literal("_hidden")).isNull();
        assertThat(TrustedProxies.literal("[2001:db8::1")).isNull();
    }

    @Test
    void ipv6BlocksAndIpv6Clients() {
        TrustedProxies proxies = TrustedProxies.parse("2001:db8:a::/48,::1/128");
        assertThat(proxies.contains(ip("2001:db8:a:ffff::1"))).isTrue();
        assertThat(proxies.contains(ip("2001:db8:b::1"))).isFalse();
        assertThat(proxies.contains(ip("10.0.0.1"))).as("another family never matches").isFalse();
        assertThat(proxies.client(ip("::1"), xff("2001:db8:c::7, 2001:db8:a::2"))).isEqualTo(ip("2001:db8:c::7").getHostAddress());
    }

    @Test
    void prefixesOfAnyLength() {
        TrustedProxies proxies = TrustedProxies.parse("172.16.0.0/12, 0.0.0.0/0");
        assertThat(proxies.contains(ip("172.31.255.255"))).isTrue();
        assertThat(TrustedProxies.parse("172.16.0.0/12").contains(ip("172.32.0.0"))).isFalse();
        assertThat(TrustedProxies.parse("172.16.0.0/12").contains(ip("172.15.255.255"))).isFalse();
        assertThat(TrustedProxies.parse("127.0.0.1/32").contains(ip("127.0.0.2"))).isFalse();
    }

    @Test
    void theForwardedHeaderIsReadForItsForParameters() {
        List<String> chain = TrustedProxies.chain(List.of("for=6.6.6.6;proto=https, For=\"[2001:db8::9]:80\"", "by=10.0.0.1;for=198.51.100.4"), true);
        assertThat(chain).containsExactly("6.6.6.6", "\"[2001:db8::9]:80\"", "198.51.100.4");
        assertThat(ALB_AND_GATEWAY.client(ip("10.0.0.2"), chain)).isEqualTo("198.51.100.4");
    }

    @Test
    void aBadCidrFailsAtStart() {
        assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.0/33")).hasMessageContaining("10.0.0.0/33");
        assertThatThrownBy(() -> TrustedProxies.parse("proxy.internal")).hasMessageContaining("proxy.internal");
        assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.0/x")).hasMessageContaining("10.0.0.0/x");
    }
}
