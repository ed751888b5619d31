package com.bizsuite.platform.error;

import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.bind.exceptions.UnsatisfiedArgumentException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.serde.exceptions.InvalidPropertyFormatException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Messages a client may see. Framework messages are rewritten so that no class name, SQL or
 * stack detail leaks; a 500 never says more than its reason phrase.
 */
final class ClientMessages {

    private static final String NOT_A_STRING = "must be a JSON string";
    private static final String NO_NUL = "must not contain NUL characters";
    private static final String NOT_A_BOOLEAN = "must be true or false";
    private static final String NOT_AN_INTEGER = "must be a whole number";
    private static final String NOT_A_NUMBER = "must be a number or a numeric string";
    private static final Pattern UNKNOWN_PROPERTY = Pattern.compile("Unknown property \\[([^\\]]+)]");
    private static final Pattern JAVA_NAME = Pattern.compile("\\b[a-z][a-z0-9_]*\\.[a-z][a-z0-9_]*\\.[A-Za-z$.]+|Exception|\\bclass\\b|\\$");

    private ClientMessages() {
    }

    static String describe(HttpRequest<?> request, HttpStatus status, Throwable cause, String frameworkMessage) {
        if (status.getCode() >= 500 && !(cause instanceof ApiException)) {
            return status.getReason();
        }
        if (cause instanceof ApiException api) {
            return api.getMessage();
        }
        if (cause instanceof ConversionErrorException conversion) {
            String inBody = jsonProblem(conversion.getConversionError().getCause());
            if (inBody != null) {
                return inBody;
            }
            String name = SnakeCase.of(conversion.getArgument().getName());
            Object value = conversion.getConversionError().getOriginalValue().orElse(null);
            return value == null ? "Invalid value for " + name : "Invalid value for " + name + ": '" + truncate(String.valueOf(value)) + "'";
        }
        if (cause instanceof UnsatisfiedArgumentException unsatisfied) {
            return SnakeCase.of(unsatisfied.getArgument().getName()) + " is required";
        }
        String json = jsonProblem(cause);
        if (json != null) {
            return json;
        }
        return switch (status) {
            case NOT_FOUND -> "Cannot " + request.getMethodName() + " " + request.getPath();
            case METHOD_NOT_ALLOWED -> "Method " + request.getMethodName() + " is not allowed on " + request.getPath();
            case UNSUPPORTED_MEDIA_TYPE -> "Unsupported content type; send application/json";
            case REQUEST_ENTITY_TOO_LARGE -> "Request body is larger than the 1 MiB limit";
            case REQUEST_URI_TOO_LONG, REQUEST_HEADER_FIELDS_TOO_LARGE -> safe(cause == null ? null : cause.getMessage(), status);
            case UNAUTHORIZED -> "Unauthorized";
            case FORBIDDEN -> "Forbidden";
            default -> safe(frameworkMessage, status);
        };
    }

    static String slug(HttpStatus status) {
        return status.getReason().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    private static String jsonProblem(Throwable cause) {
        List<String> path = new ArrayList<>();
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof InvalidPropertyFormatException invalid && invalid.getArgument() != null) {
                path.add(SnakeCase.of(invalid.getArgument().getName()));
            }
            String text = t.getMessage() == null ? "" : t.getMessage();
            Matcher unknown = UNKNOWN_PROPERTY.matcher(text);
            if (unknown.find()) {
                return "Unknown field '" + unknown.group(1) + "'";
            }
            if (isJsonLibrary(t) && (text.contains("Unexpected character") || text.contains("Unexpected end")
                    || text.contains("Unrecognized token") || text.contains("EOF"))) {
                return "Malformed JSON in request body";
            }
            if (t.getCause() == null && (!path.isEmpty() || isJsonLibrary(t))) {
                // a field of a nested object is named by its path from the body, e.g. items.quantity
                String field = path.isEmpty() ? null : String.join(".", path);
                String reason = text.startsWith(NOT_A_STRING) ? NOT_A_STRING
                        : text.startsWith(NO_NUL) ? NO_NUL
                        : text.startsWith(NOT_A_BOOLEAN) ? NOT_A_BOOLEAN
                        : text.startsWith(NOT_AN_INTEGER) ? NOT_AN_INTEGER
                        : text.startsWith(NOT_A_NUMBER) ? NOT_A_NUMBER
                        : "has a value of the wrong type or format";
                return field == null ? "Request body " + reason : field + ": " + reason;
            }
        }
        return null;
    }

    private static boolean isJsonLibrary(Throwable t) {
        String name = t.getClass().getName();
        return name.startsWith("io.micronaut.serde") || name.startsWith("com.fasterxml.jackson") || name.startsWith("io.micronaut.json");
    }

    private static String safe(String message, HttpStatus status) {
        if (message == null || message.isBlank() || JAVA_NAME.matcher(message).find()) {
            return status == null ? "a value has the wrong type" : status.getReason();
        }
        return truncate(message);
    }

    private static String truncate(String value) {
        return value.length() > 200 ? value.substring(0, 200) + "..." : value;
    }
}
