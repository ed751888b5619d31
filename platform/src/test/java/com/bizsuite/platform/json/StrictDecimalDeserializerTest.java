package com.bizsuite.platform.json;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.exceptions.InvalidPropertyFormatException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StrictDecimalDeserializerTest {

    @Serdeable
    record Priced(@Nullable BigDecimal price) {
    }

    private static ObjectMapper.CloseableObjectMapper json;

    @BeforeAll
    static void mapper() {
        json = ObjectMapper.create(Map.of(), "com.bizsuite.platform.json");
    }

    @AfterAll
    static void close() {
        json.close();
    }

    private static BigDecimal price(String value) throws IOException {
        return json.readValue("{\"price\":" + value + "}", Priced.class).price();
    }

    @Test
    void numbersKeepEveryDigitAndTheirScale() throws IOException {
        assertThat(price("12345678901.125")).isEqualTo(new BigDecimal("12345678901.125"));
        assertThat(price("0.1")).isEqualTo(new BigDecimal("0.1"));
        assertThat(price("12345678901234.567")).as("beyond what a double holds").isEqualTo(new BigDecimal("12345678901234.567"));
        assertThat(price("2.000")).isEqualTo(new BigDecimal("2.000"));
        assertThat(price("7")).isEqualTo(new BigDecimal("7"));
        assertThat(price("-3.5")).isEqualTo(new BigDecimal("-3.5"));
    }

    @Test
    void numericStringsAreTakenAsWritten() throws IOException {
        assertThat(price("\"1167.98\"")).isEqualTo(new BigDecimal("1167.98"));
        assertThat(price("\"0.10\"")).isEqualTo(new BigDecimal("0.10"));
    }

    @Test
    void nullAndAbsentStayNull() throws IOException {
        assertThat(price("null")).isNull();
        assertThat(json.readValue("{}", Priced.class).price()).isNull();
    }

    @Test
    void anythingElseIsRefusedNamingTheField() {
        for (String value : new String[]{"true", "false", "{\"amount\":1}", "[1,2]", "[true]", "\"abc\"", "\"\"", "\" 1\"", "\"NaN\""}) {
            assertThatThrownBy(() -> price(value)).as(value)
                    .isInstanceOfSatisfying(InvalidPropertyFormatException.class, e -> assertThat(e.getArgument().getName()).isEqualTo("price"))
                    .rootCause().hasMessageStartingWith(StrictDecimalDeserializer.NOT_A_NUMBER);
        }
    }
}
