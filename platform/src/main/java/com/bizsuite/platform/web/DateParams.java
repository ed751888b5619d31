package com.bizsuite.platform.web;

import com.bizsuite.platform.error.ApiException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Business dates in query strings: {@code YYYY-MM-DD}, or absent. */
public final class DateParams {

    private DateParams() {
    }

    public static LocalDate parse(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(name + ": must be a date YYYY-MM-DD");
        }
    }
}
