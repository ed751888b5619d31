package com.bizsuite.gateway;

import java.util.Comparator;
import java.util.List;

/**
 * A route's path pattern: literal segments, {@code *} for exactly one segment, and a trailing
 * {@code **} for any number of further segments, none included ({@code /api/v1/parties/**} owns
 * {@code /api/v1/parties} too).
 */
record PathPattern(String text, List<String> segments, boolean open) {

    private static final String ONE = "*";
    private static final String ANY = "**";

    /** The more specific first: more literal segments, then a fixed length over an open end, then a longer literal start. */
    static final Comparator<PathPattern> MOST_SPECIFIC_FIRST = Comparator.comparingInt(PathPattern::literals).reversed()
            .thenComparing(PathPattern::open)
            .thenComparing(Comparator.comparingInt(PathPattern::literalStart).reversed());

    static PathPattern parse(String text) {
        if (text == null || !text.startsWith("/")) {
            throw new IllegalArgumentException("A route path starts with '/': '" + text + "'");
        }
        List<String> segments = split(text);
        boolean open = !segments.isEmpty() && segments.getLast().equals(ANY);
        List<String> fixed = open ? segments.subList(0, segments.size() - 1) : segments;
        for (String segment : fixed) {
            if (segment.contains(ANY) || (segment.contains(ONE) && !segment.equals(ONE)) || segment.isEmpty()) {
                throw new IllegalArgumentException("Route path '" + text + "': '*' stands for a whole segment, '**' only at the end");
            }
        }
        return new PathPattern(text, List.copyOf(fixed), open);
    }

    /** The segments of a request path, a trailing slash ignored: {@code /a/b/} is {@code [a, b]}. */
    static List<String> split(String path) {
        String trimmed = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return trimmed.equals("/") ? List.of() : List.of(trimmed.substring(1).split("/", -1));
    }

    boolean matches(List<String> path) {
        if (open ? path.size() < segments.size() : path.size() != segments.size()) {
            return false;
        }
        for (int i = 0; i < segments.size(); i++) {
            if (!segments.get(i).equals(ONE) && !segments.get(i).equals(path.get(i))) {
                return false;
            }
        }
        return true;
    }

    private int literals() {
        return (int) segments.stream().filter(s -> !s.equals(ONE)).count();
    }

    private int literalStart() {
        int n = 0;
        while (n < segments.size() && !segments.get(n).equals(ONE)) {
            n++;
        }
        return n;
    }
}
