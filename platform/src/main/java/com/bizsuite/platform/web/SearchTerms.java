package com.bizsuite.platform.web;

/** Free-text search input: trimmed, empty as absent; for LIKE, its wildcards taken literally. */
public final class SearchTerms {

    private SearchTerms() {
    }

    public static String of(String raw) {
        return raw == null || raw.isBlank() ? null : raw.strip();
    }

    /** The term for {@code LIKE '%' || pattern || '%'} (PostgreSQL's default escape is the backslash). */
    public static String likePattern(String term) {
        return term == null ? null : term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
