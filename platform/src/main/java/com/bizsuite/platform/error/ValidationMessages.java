package com.bizsuite.platform.error;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;

import java.util.Comparator;
import java.util.List;

/** Turns bean-validation violations into {@code "field: reason"} lines, field names as on the wire. */
final class ValidationMessages {

    private ValidationMessages() {
    }

    static List<String> of(ConstraintViolationException exception) {
        return exception.getConstraintViolations().stream()
                .map(ValidationMessages::line)
                .sorted(Comparator.naturalOrder())
                .toList();
    }

    private static String line(ConstraintViolation<?> violation) {
        String field = fieldName(violation.getPropertyPath());
        return field.isEmpty() ? violation.getMessage() : field + ": " + violation.getMessage();
    }

    /** The path below the method parameter, e.g. {@code send.request.deviceInfo} becomes {@code device_info}. */
    static String fieldName(Path path) {
        StringBuilder name = new StringBuilder();
        int index = 0;
        for (Path.Node node : path) {
            index++;
            if (node.getKind() == jakarta.validation.ElementKind.METHOD
                    || node.getKind() == jakarta.validation.ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getKind() == jakarta.validation.ElementKind.PARAMETER && index <= 2 && hasChildren(path, index)) {
                continue;
            }
            if (node.getName() == null) {
                continue;
            }
            if (!name.isEmpty()) {
                name.append('.');
            }
            name.append(SnakeCase.of(node.getName()));
            if (node.getIndex() != null) {
                name.append('[').append(node.getIndex()).append(']');
            }
        }
        return name.toString();
    }

    private static boolean hasChildren(Path path, int position) {
        int count = 0;
        for (Path.Node ignored : path) {
            count++;
        }
        return count > position;
    }
}
