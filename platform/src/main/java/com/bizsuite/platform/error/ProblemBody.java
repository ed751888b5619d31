package com.bizsuite.platform.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;

/**
 * RFC 9457 problem details with the fields the old clients read beside them.
 * {@code message} is a list for validation errors and a string otherwise.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ProblemBody(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        @JsonProperty("statusCode") int statusCode,
        String error,
        Object message,
        String path,
        String method,
        String timestamp,
        @JsonProperty("request_id") String requestId) {
}
