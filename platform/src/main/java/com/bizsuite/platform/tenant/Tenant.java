package com.bizsuite.platform.tenant;

import java.util.UUID;

/**
 * The business a tenant-scoped request acts on, from the {@code x-business-id} header,
 * bound as a handler argument. Binding checks presence and format only; membership and
 * permissions are checked before the handler runs.
 */
@io.swagger.v3.oas.annotations.Hidden
public record Tenant(UUID businessId) {

    public static final String HEADER = "x-business-id";
}
