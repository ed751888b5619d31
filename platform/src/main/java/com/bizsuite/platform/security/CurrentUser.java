package com.bizsuite.platform.security;

import java.util.UUID;

/**
 * The caller of an authenticated route, bound as a handler argument.
 *
 * @param userId    the token's subject
 * @param sessionId the login session the token belongs to (claim {@code sid})
 */
@io.swagger.v3.oas.annotations.Hidden
public record CurrentUser(UUID userId, UUID sessionId) {

    public static final String SESSION_CLAIM = "sid";
}
