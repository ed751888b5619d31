package com.bizsuite.business;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/** An address on one line, for documents: the parts that are filled, comma-separated; null when none is. */
public final class Addresses {

    private Addresses() {
    }

    public static String oneLine(String... parts) {
        String joined = Arrays.stream(parts).filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.joining(", "));
        return joined.isEmpty() ? null : joined;
    }
}
