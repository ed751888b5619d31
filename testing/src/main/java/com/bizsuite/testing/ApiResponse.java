package com.bizsuite.testing;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** A response as the client saw it, with helpers to read its JSON. */
public record ApiResponse(int status, Map<String, List<String>> headers, String body, JsonMapper json) {

    public String header(String name) {
        return headers.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(e -> e.getValue().getFirst())
                .findFirst().orElse(null);
    }

    public Map<String, Object> map() {
        return read(Argument.mapOf(String.class, Object.class));
    }

    public List<Object> list() {
        return read(Argument.listOf(Object.class));
    }

    /** A value by dotted path, e.g. {@code tokens.access_token}. */
    @SuppressWarnings("unchecked")
    public Object at(String path) {
        Object current = map();
        for (String part : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> m)) {
                return null;
            }
            current = ((Map<String, Object>) m).get(part);
        }
        return current;
    }

    public String text(String path) {
        Object value = at(path);
        return value == null ? null : value.toString();
    }

    private <T> T read(Argument<T> type) {
        try {
            return json.readValue(body, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON (" + status + "): " + body, e);
        }
    }

    @Override
    public String toString() {
        return status + " " + body;
    }
}
