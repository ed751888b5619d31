package com.bizsuite.auth.users;

import com.bizsuite.platform.error.ApiException;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * PATCH /users/profile: absent fields stay as they are. The language may come as
 * {@code language} or, from the old clients, {@code language_preference}.
 */
@Serdeable
public record ProfileUpdate(
        @Size(min = 1, max = 100) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String name,
        @Email @Size(max = 254) String email,
        @Size(max = 2048) @Pattern(regexp = "^https?://\\S+$", message = "must be an http(s) URL") String avatarUrl,
        @Pattern(regexp = LANGUAGE_TAG, message = LANGUAGE_TAG_MESSAGE) String language,
        @Pattern(regexp = LANGUAGE_TAG, message = LANGUAGE_TAG_MESSAGE) String languagePreference) {

    static final String LANGUAGE_TAG = "^[a-z]{2}(-[A-Z]{2})?$";
    static final String LANGUAGE_TAG_MESSAGE = "must be a language tag such as en or hi-IN";

    /** The language asked for under either name, or null when neither was sent. */
    String languageTag() {
        if (language != null && languagePreference != null && !language.equals(languagePreference)) {
            throw ApiException.badRequest("language_preference: must equal language when both are given");
        }
        return language != null ? language : languagePreference;
    }
}
