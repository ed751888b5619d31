package com.bizsuite.platform.tenant;

import java.util.Set;
import java.util.UUID;

/**
 * What a user may do in a business: the effective permissions of an active member, empty for
 * anyone else. The business module provides it (cached, dropped on every change);
 * {@link PermissionInterceptor} asks it before a tenant route runs.
 */
public interface TenantAccess {

    Set<String> permissionsOf(UUID businessId, UUID userId);
}
