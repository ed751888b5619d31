package com.bizsuite.platform.json;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;

import java.io.IOException;

/**
 * Text fields take JSON strings only, without NUL characters (which no text column can hold).
 * Without this a number, a boolean or a one-element array would be coerced into a string and a
 * wrong request would pass as a right one.
 */
@Singleton
final class StrictStringDeserializer implements Deserializer<String> {

    static final String NOT_A_STRING = "must be a JSON string";
    static final String NO_NUL = "must not contain NUL characters";

    @Override
    public String deserialize(Decoder decoder, DecoderContext context, Argument<? super String> type) throws IOException {
        Object value = decoder.decodeArbitrary();
        if (value instanceof String text) {
            if (text.indexOf('\u0000') >= 0) {
                throw decoder.createDeserializationException(NO_NUL, value);
            }
            return text;
        }
        throw decoder.createDeserializationException(NOT_A_STRING, value);
    }

    @Override
    public String deserializeNullable(Decoder decoder, DecoderContext context, Argument<? super String> type) throws IOException {
        if (decoder.decodeNull()) {
            return null;
        }
        return deserialize(decoder, context, type);
    }
}
