package com.bizsuite.business.members;

import com.bizsuite.auth.api.UserSummary;
import com.bizsuite.auth.api.Users;
import com.bizsuite.business.audit.AuditRecorder;
import com.bizsuite.platform.error.ApiException;
import com.bizsuite.platform.tenant.PermissionCache;
import com.bizsuite.platform.web.ETags;
import com.bizsuite.platform.web.Paging;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Members of a business and their roles and overrides. Changes lock the business's active
 * members first, so "the last owner" is decided on a consistent view even under concurrency.
 */
@Singleton
public class Members {

    private final MemberRepository members;
    private final Users users;
    private final OverridesJson overrides;
    private final PermissionCache cache;
    private final AuditRecorder audit;
    private final Clock clock;

    Members(MemberRepository members, Users users, OverridesJson overrides, PermissionCache cache, AuditRecorder audit, Clock clock) {
        this.members = members;
        this.users = users;
        this.overrides = overrides;
        this.cache = cache;
        this.audit = audit;
        this.clock = clock;
    }

    /** The creator of a business becomes its first owner. */
    @Transactional
    public void addFounder(UUID businessId, UUID userId) {
        Instant now = clock.instant();
        Member founder = members.save(new Member(UUID.randomUUID(), businessId, userId, "owner", "{}", "active", userId, now, now,
                null, null, now, now, null));
        audit.record(businessId, userId, "member.add", "member", founder.userId(), null, view(founder));
        cache.evict(businessId, List.of(userId));
    }

    @Transactional
    MemberView add(UUID businessId, UUID actor, AddMemberRequest request) {
        List<Member> active = members.lockActive(businessId);
        if (request.role().equals("owner") && !isOwner(active, actor)) {
            throw ApiException.forbidden("Only an owner can add another owner");
        }
        UserSummary user = users.findOrRegister(request.phone());
        if (active.stream().anyMatch(m -> m.userId().equals(user.id()))) {
            throw ApiException.conflict("This user is already a member of the business");
        }
        Instant now = clock.instant();
        Member member = members.save(new Member(UUID.randomUUID(), businessId, user.id(), request.role(), "{}", "active", actor, now,
                user.phoneVerified() ? now : null, null, null, now, now, null));
        MemberView view = view(member, user);
        audit.record(businessId, actor, "member.add", "member", user.id(), null, view);
        cache.evict(businessId, List.of(user.id()));
        return view;
    }

    @Transactional(readOnly = true)
    List<MemberView> page(UUID businessId, Paging paging) {
        List<MemberView> views = new ArrayList<>();
        for (Member member : members.pageActive(businessId, paging.offset(), paging.limit())) {
            views.add(view(member));
        }
        return views;
    }

    @Transactional(readOnly = true)
    long count(UUID businessId) {
        return members.countActive(businessId);
    }

    @Transactional(readOnly = true)
    Member get(UUID businessId, UUID userId) {
        return members.findActive(businessId, userId).orElseThrow(() -> ApiException.notFound("Member"));
    }

    @Transactional
    Member changeRole(UUID businessId, UUID actor, UUID userId, String role, String ifMatch) {
        List<Member> active = members.lockActive(businessId);
        Member target = find(active, userId);
        ETags.checkPrecondition(ifMatch, target.version());
        if ((role.equals("owner") || target.isOwner()) && !isOwner(active, actor)) {
            throw ApiException.forbidden("Only an owner can make or change an owner");
        }
        if (target.isOwner() && !role.equals("owner") && owners(active) == 1) {
            throw ApiException.conflict("The last owner cannot be demoted; make someone else an owner first");
        }
        Member updated = members.update(target.withRole(role, clock.instant()));
        audit.record(businessId, actor, "member.role_change", "member", userId, view(target), view(updated));
        cache.evict(businessId, List.of(userId));
        return updated;
    }

    @Transactional
    void remove(UUID businessId, UUID actor, UUID userId) {
        List<Member> active = members.lockActive(businessId);
        Member target = find(active, userId);
        if (target.isOwner() && !isOwner(active, actor)) {
            throw ApiException.forbidden("Only an owner can remove an owner");
        }
        if (target.isOwner() && owners(active) == 1) {
            throw ApiException.conflict("The last owner cannot be removed");
        }
        Member removed = members.update(target.removed(actor, clock.instant()));
        audit.record(businessId, actor, "member.remove", "member", userId, view(target), view(removed));
        cache.evict(businessId, List.of(userId));
    }

    /**
     * Replaces the member's overrides, as the old system did: a permission left out of the map
     * goes back to what the role says, and an empty map returns the member to the role's defaults.
     */
    @Transactional
    Member replaceOverrides(UUID businessId, UUID actor, UUID userId, Map<String, Boolean> replacement) {
        List<Member> active = members.lockActive(businessId);
        Member target = find(active, userId);
        List<String> unknown = replacement.keySet().stream().filter(p -> !RoleMatrix.ALL.contains(p)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw ApiException.badRequest("permissions: unknown permission " + String.join(", ", unknown));
        }
        if (replacement.values().stream().anyMatch(java.util.Objects::isNull)) {
            throw ApiException.badRequest("permissions: each value must be true or false");
        }
        if (target.isOwner() && replacement.containsValue(Boolean.FALSE)) {
            throw ApiException.conflict("An owner's permissions cannot be restricted");
        }
        Member updated = members.update(target.withOverrides(overrides.write(replacement), clock.instant()));
        audit.record(businessId, actor, "member.permissions_change", "member", userId, view(target), view(updated));
        cache.evict(businessId, List.of(userId));
        return updated;
    }

    /** The caller's role in each business they are an active member of. */
    @Transactional(readOnly = true)
    public Map<UUID, String> rolesOf(UUID userId) {
        Map<UUID, String> roles = new HashMap<>();
        members.findActiveByUser(userId).forEach(m -> roles.put(m.businessId(), m.role()));
        return roles;
    }

    /** Every active member of a business loses cached access (the business was deleted). */
    @Transactional
    public void evictAll(UUID businessId) {
        cache.evict(businessId, members.activeUserIds(businessId));
    }

    MemberPermissionsView permissionsView(Member member) {
        Map<String, Boolean> custom = overrides.read(member.overrides());
        Set<String> fromRole = RoleMatrix.of(member.role());
        Set<String> effective = RoleMatrix.effective(member.role(), custom);
        int kept = (int) fromRole.stream().filter(effective::contains).count();
        int restricted = fromRole.size() - kept;
        int added = effective.size() - kept;
        return new MemberPermissionsView(member.userId(), member.businessId(), member.role(),
                custom.isEmpty() ? "role_defaults" : "custom", fromRole.stream().sorted().toList(), custom,
                effective.stream().sorted().toList(),
                new MemberPermissionsView.Summary(fromRole.size(), effective.size(), restricted, kept, restricted + added,
                        effective.size(), custom.size()));
    }

    MemberView view(Member member) {
        return view(member, users.findById(member.userId()).orElse(null));
    }

    private MemberView view(Member m, UserSummary user) {
        return new MemberView(m.id(), m.businessId(), m.userId(), user == null ? null : user.phone(), user == null ? null : user.name(),
                m.role(), overrides.read(m.overrides()), m.status(), m.invitedAt(), m.joinedAt(), m.invitedBy(), m.removedAt(),
                m.removedBy(), m.createdAt(), m.updatedAt());
    }

    private static Member find(List<Member> active, UUID userId) {
        return active.stream().filter(m -> m.userId().equals(userId)).findFirst().orElseThrow(() -> ApiException.notFound("Member"));
    }

    private static boolean isOwner(List<Member> active, UUID userId) {
        return active.stream().anyMatch(m -> m.userId().equals(userId) && m.isOwner());
    }

    private static long owners(List<Member> active) {
        return active.stream().filter(Member::isOwner).count();
    }
}
