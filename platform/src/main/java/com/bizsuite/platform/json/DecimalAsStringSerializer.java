package com.bizsuite.platform.json;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.Encoder;
import io.micronaut.serde.Serializer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.math.BigDecimal;

/** Money, quantities and rates go over the wire as strings with their scale: {@code "1167.98"}. */
@Singleton
final class DecimalAsStringSerializer implements Serializer<BigDecimal> {

    @Override
    public void serialize(Encoder encoder, EncoderContext context, Argument<? extends BigDecimal> type, BigDecimal value)
            throws IOException {
        encoder.encodeString(value.toPlainString());
    }
}
