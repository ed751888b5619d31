package com.bizsuite.platform.json;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.DelegatingDecoder;
import io.micronaut.serde.Deserializer;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

/**
 * A PATCH body: read as the resource's create request {@code T} (same types, same unknown-field
 * rule), together with the top-level fields it names, so that a field left out keeps its value
 * while a JSON null clears it.
 *
 * @param values the body as a request; a field the body does not name is null here
 * @param named  the top-level JSON fields the body names
 */
public record PartialBody<T>(T values, Set<String> named) {

    public boolean names(String field) {
        return named.contains(field);
    }

    /** {@code given} when the body names {@code field} (a JSON null included), else {@code kept}. */
    public <V> V pick(String field, V given, V kept) {
        return named.contains(field) ? given : kept;
    }

    /** {@code merged}, the patch applied to the stored resource, checked as a create is: a violation is a 400 naming the field. */
    public static <R> R validated(Validator validator, R merged) {
        Set<ConstraintViolation<R>> violations = validator.validate(merged);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return merged;
    }

    /**
     * Reads a patch type {@code P} that wraps a {@code PartialBody<T>}; a subclass is the
     * {@code @Serdeable.Deserializable(using = …)} of that type.
     */
    public abstract static class Reader<T, P> implements Deserializer<P> {

        private final Argument<T> type;
        private final Function<PartialBody<T>, P> wrap;

        protected Reader(Class<T> type, Function<PartialBody<T>, P> wrap) {
            this.type = Argument.of(type);
            this.wrap = wrap;
        }

        @Override
        public final P deserialize(Decoder decoder, DecoderContext context, Argument<? super P> ignored) throws IOException {
            Set<String> named = new HashSet<>();
            T values = context.findDeserializer(type).createSpecific(context, type)
                    .deserialize(new NamingDecoder(decoder, named, true), context, type);
            return wrap.apply(new PartialBody<>(values, Set.copyOf(named)));
        }
    }

    /** Passes everything through; the top-level object's decoder records each key it reads. */
    private static final class NamingDecoder extends DelegatingDecoder {

        private final Decoder delegate;
        private final Set<String> named;
        private final boolean outer;

        NamingDecoder(Decoder delegate, Set<String> named, boolean outer) {
            this.delegate = delegate;
            this.named = named;
            this.outer = outer;
        }

        @Override
        protected Decoder delegate() {
            return delegate;
        }

        @Override
        public Decoder decodeObject(Argument<?> type) throws IOException {
            return outer ? new NamingDecoder(delegate.decodeObject(type), named, false) : delegate.decodeObject(type);
        }

        @Override
        public Decoder decodeObject() throws IOException {
            return outer ? new NamingDecoder(delegate.decodeObject(), named, false) : delegate.decodeObject();
        }

        @Override
        public String decodeKey() throws IOException {
            String key = delegate.decodeKey();
            if (!outer && key != null) {
                named.add(key);
            }
            return key;
        }

        @Override
        public IOException createDeserializationException(String message, Object invalidValue) {
            return delegate.createDeserializationException(message, invalidValue);
        }
    }
}
