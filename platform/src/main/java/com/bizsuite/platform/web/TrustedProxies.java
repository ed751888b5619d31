package com.bizsuite.platform.web;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The proxies whose forwarding headers are believed (CIDRs, IPv4 and IPv6), and the rule that picks
 * the client out of a forwarded chain. Every proxy appends the address it saw to the right of the
 * chain, so everything left of the last untrusted address may have been written by the client.
 * No I/O: only address literals are parsed, never host names.
 */
final class TrustedProxies {

    private record Block(byte[] network, int prefix) {

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int whole = prefix / 8;
            for (int i = 0; i < whole; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = 0xff << (8 - rest) & 0xff;
            return (address[whole] & mask) == (network[whole] & mask);
        }
    }

    private static final Pattern DOTTED_QUAD = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private final List<Block> blocks;

    private TrustedProxies(List<Block> blocks) {
        this.blocks = blocks;
    }

    /** Parses {@code "10.0.0.0/8, ::1/128, 192.168.1.7"}; an address without a prefix is one host. Blank: none. */
    static TrustedProxies parse(String cidrs) {
        List<Block> blocks = new ArrayList<>();
        if (cidrs != null) {
            for (String cidr : cidrs.split(",")) {
                String text = cidr.trim();
                if (!text.isEmpty()) {
                    blocks.add(block(text));
                }
            }
        }
        return new TrustedProxies(List.copyOf(blocks));
    }

    boolean isEmpty() {
        return blocks.isEmpty();
    }

    boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        for (Block block : blocks) {
            if (block.contains(bytes)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The client's address, given the direct peer and the forwarded chain (left to right, as
     * received). An untrusted peer is the client, whatever the chain says. Otherwise the chain is
     * walked from the right, past trusted proxies, to the first address that is not one; an entry
     * that is no address (e.g. {@code unknown}) ends the walk at the proxy that passed it on. When
     * every address is a trusted proxy, the left-most is the client.
     */
    String client(InetAddress peer, List<String> chain) {
        InetAddress current = peer;
        for (int i = chain.size() - 1; i >= 0 && contains(current); i--) {
            InetAddress hop = literal(chain.get(i));
            if (hop == null) {
                break;
            }
            current = hop;
        }
        return current.getHostAddress();
    }

    /**
     * The entries of the forwarding headers, left to right: each value of {@code X-Forwarded-For}
     * split at commas, or with {@code rfc7239} the {@code for=} parameters of {@code Forwarded}.
     */
    static List<String> chain(List<String> headerValues, boolean rfc7239) {
        List<String> chain = new ArrayList<>();
        for (String value : headerValues) {
            for (String element : value.split(",")) {
                String entry = rfc7239 ? forParameter(element) : element.trim();
                if (entry != null && !entry.isEmpty()) {
                    chain.add(entry);
                }
            }
        }
        return chain;
    }

    /**
     * The address an entry names, or null when it is none: {@code 192.0.2.1}, {@code 192.0.2.1:4711},
     * {@code 2001:db8::1}, {@code [2001:db8::1]:4711}, optionally in double quotes.
     */
    static InetAddress literal(String entry) {
        String text = entry.trim();
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1);
        }
        if (text.startsWith("[")) {
            int end = text.indexOf(']');
            if (end < 0) {
                return null;
            }
            text = text.substring(1, end);
        } else if (text.indexOf(':') >= 0 && text.indexOf(':') == text.lastIndexOf(':')) {
            text = text.substring(0, text.indexOf(':'));
        }
        return strictLiteral(text);
    }

    /** An IPv4 address in four decimal parts (never a shorthand such as {@code 1.2.3}) or an IPv6 address; else null. */
    private static InetAddress strictLiteral(String text) {
        if (text.indexOf(':') < 0 && !DOTTED_QUAD.matcher(text).matches()) {
            return null;
        }
        try {
            return InetAddress.ofLiteral(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String forParameter(String element) {
        for (String pair : element.split(";")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).trim().toLowerCase(Locale.ROOT).equals("for")) {
                return pair.substring(equals + 1).trim();
            }
        }
        return null;
    }

    private static Block block(String cidr) {
        int slash = cidr.indexOf('/');
        String address = slash < 0 ? cidr : cidr.substring(0, slash);
        InetAddress network = strictLiteral(address);
        if (network == null) {
            throw new IllegalArgumentException("Not a trusted proxy address or CIDR: '" + cidr + "'");
        }
        int bits = network.getAddress().length * 8;
        int prefix;
        try {
            prefix = slash < 0 ? bits : Integer.parseInt(cidr.substring(slash + 1));
        } catch (NumberFormatException e) {
            prefix = -1;
        }
        if (prefix < 0 || prefix > bits) {
            throw new IllegalArgumentException("Not a trusted proxy address or CIDR: '" + cidr + "'");
        }
        return new Block(network.getAddress(), prefix);
    }
}
