package com.bizsuite.business.members;

import io.micronaut.context.annotation.Requires;
import com.bizsuite.business.api.Membership;
import com.bizsuite.business.api.Memberships;
import jakarta.inject.Singleton;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The {@link Memberships} façade and the platform's tenant access check, inside the JVM. */
@Singleton
@Requires(property = "bizsuite.business.served", notEquals = "false")
class LocalMemberships implements Memberships {

    private final MemberRepository members;
    private final OverridesJson overrides;

    LocalMemberships(MemberRepository members, OverridesJson overrides) {
        this.members = members;
        this.overrides = overrides;
    }

    @Override
    public Optional<Membership> find(UUID businessId, UUID userId) {
        return members.findActive(businessId, userId)
                .map(m -> new Membership(businessId, userId, m.role(), RoleMatrix.effective(m.role(), overrides.read(m.overrides()))));
    }

    @Override
    public Set<String> permissionsOf(UUID businessId, UUID userId) {
        return find(businessId, userId).map(Membership::permissions).orElse(Set.of());
    }
}
