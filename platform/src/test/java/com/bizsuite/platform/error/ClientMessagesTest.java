package com.bizsuite.platform.error;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.serde.exceptions.InvalidFormatException;
import io.micronaut.serde.exceptions.InvalidPropertyFormatException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClientMessagesTest {

    private final HttpRequest<?> request = HttpRequest.GET("/api/v1/things");

    @Test
    void aServerFaultSaysNothingOfItsCause() {
        RuntimeException fault = new IllegalStateException("ERROR: relation \"auth.users\" violates constraint at org.postgresql.Driver");
        assertThat(ClientMessages.describe(request, HttpStatus.INTERNAL_SERVER_ERROR, fault, fault.getMessage()))
                .isEqualTo("Internal Server Error");
    }

    @Test
    void anApiExceptionKeepsItsMessage() {
        assertThat(ClientMessages.describe(request, HttpStatus.CONFLICT, ApiException.conflict("Already taken"), null))
                .isEqualTo("Already taken");
    }

    @Test
    void frameworkMessagesWithClassNamesAreNotShown() {
        String message = ClientMessages.describe(request, HttpStatus.BAD_REQUEST, null,
                "Failed to convert com.bizsuite.auth.login.SendOtpRequest$Definition");
        assertThat(message).doesNotContain("com.bizsuite").doesNotContain("$");
    }

    @Test
    void aWrongValueInANestedObjectIsNamedByItsPath() {
        InvalidFormatException refused = new InvalidFormatException("must be a number or a numeric string\n at [line: 1, column: 9]", null,
                true);
        InvalidFormatException line = new InvalidPropertyFormatException(refused, Argument.of(BigDecimal.class, "quantity"));
        InvalidFormatException body = new InvalidPropertyFormatException(line, Argument.of(List.class, "items"));
        assertThat(ClientMessages.describe(request, HttpStatus.BAD_REQUEST, body, null))
                .isEqualTo("items.quantity: must be a number or a numeric string");
        assertThat(ClientMessages.describe(request, HttpStatus.BAD_REQUEST, line, null))
                .isEqualTo("quantity: must be a number or a numeric string");
    }

    @Test
    void unknownRouteNamesTheMethodAndPath() {
        assertThat(ClientMessages.describe(request, HttpStatus.NOT_FOUND, null, null)).isEqualTo("Cannot GET /api/v1/things");
    }

    @Test
    void slugsAreUrlSafe() {
        assertThat(ClientMessages.slug(HttpStatus.REQUEST_ENTITY_TOO_LARGE)).isEqualTo("request-entity-too-large");
    }
}
