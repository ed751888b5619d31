package com.bizsuite.business.api;

import com.bizsuite.platform.tenant.TenantAccess;

import java.util.Optional;
import java.util.UUID;

/**
 * Who belongs to a business and what they may do there. Answers are cached and the cache is
 * dropped on every membership, role or override change, so a removed member loses access at once.
 */
public interface Memberships extends TenantAccess {

    Optional<Membership> find(UUID businessId, UUID userId);
}
