package com.bizsuite.platform.web;

import com.bizsuite.platform.error.ApiException;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Entity tags from version columns, and the If-Match check that turns a stale write into 412. */
public final class ETags {

    public static final String IF_MATCH = "If-Match";
    private static final Pattern TAG = Pattern.compile("^(?:W/)?\"?(\\d{1,18})\"?$");

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The version an If-Match header expects; empty when absent or {@code *}. */
    public static Optional<Long> expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return Optional.empty();
        }
        Matcher m = TAG.matcher(ifMatch.trim());
        if (!m.matches()) {
            throw ApiException.badRequest("If-Match must be an ETag from a previous response, e.g. \"3\"");
        }
        return Optional.of(Long.parseLong(m.group(1)));
    }

    /** Throws 412 when the caller's If-Match names another version than the current one. */
    public static void checkPrecondition(String ifMatch, long currentVersion) {
        expectedVersion(ifMatch).ifPresent(expected -> {
            if (expected != currentVersion) {
                throw ApiException.preconditionFailed("The record has changed since version " + expected
                        + " (now " + currentVersion + "); reload it and try again");
            }
        });
    }
}
