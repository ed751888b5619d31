package com.bizsuite.business.members;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;

/** Per-member permission overrides as stored: a JSON object of permission to true/false. */
@Singleton
class OverridesJson {

    private static final Argument<Map<String, Boolean>> TYPE = Argument.mapOf(String.class, Boolean.class);

    private final JsonMapper json;

    OverridesJson(JsonMapper json) {
        this.json = json;
    }

    Map<String, Boolean> read(String stored) {
        try {
            return new TreeMap<>(json.readValue(stored, TYPE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String write(Map<String, Boolean> overrides) {
        try {
            return json.writeValueAsString(TYPE, new TreeMap<>(overrides));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
