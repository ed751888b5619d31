package com.bizsuite.platform.json;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import io.micronaut.serde.exceptions.SerdeException;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * Money, quantities and rates take a JSON number or a numeric string: true silently becoming 1
 * would record an amount the caller never sent.
 * <p>
 * The value is read as text, the one read that keeps a JSON number's digits as written
 * ({@code decodeArbitrary} and {@code decodeNumber} hand floats over as doubles, and
 * 12345678901234.567 would arrive as 12345678901234.566). A boolean reads as "true" or "false"
 * and is no number; an object or an array of several values is refused by the decoder, which
 * does take a one-element array for its element, so {@code [5]} reads as 5.
 */
@Singleton
final class StrictDecimalDeserializer implements Deserializer<BigDecimal> {

    static final String NOT_A_NUMBER = "must be a number or a numeric string";

    @Override
    public BigDecimal deserialize(Decoder decoder, DecoderContext context, Argument<? super BigDecimal> type) throws IOException {
        String text;
        try {
            text = decoder.decodeString();
        } catch (SerdeException notAScalar) {
            // with a value the framework names the field in the error, as it does for any other refusal
            throw decoder.createDeserializationException(NOT_A_NUMBER, "an object or an array");
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw decoder.createDeserializationException(NOT_A_NUMBER, text);
        }
    }

    @Override
    public BigDecimal deserializeNullable(Decoder decoder, DecoderContext context, Argument<? super BigDecimal> type) throws IOException {
        return decoder.decodeNull() ? null : deserialize(decoder, context, type);
    }
}
