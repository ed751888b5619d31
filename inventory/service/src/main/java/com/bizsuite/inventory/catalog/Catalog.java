package com.bizsuite.inventory.catalog;

import com.bizsuite.business.api.AuditEntry;
import com.bizsuite.business.api.AuditTrail;
import com.bizsuite.platform.error.ApiException;
import com.bizsuite.platform.web.ETags;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Units and the category tree of a business. */
@Singleton
public class Catalog {

    private static final UUID NONE = new UUID(0, 0);

    private final UnitRepository units;
    private final CategoryRepository categories;
    private final AuditTrail audit;
    private final Clock clock;

    Catalog(UnitRepository units, CategoryRepository categories, AuditTrail audit, Clock clock) {
        this.units = units;
        this.categories = categories;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    Unit createUnit(UUID businessId, UUID actor, UnitDetails d) {
        if (d.name() == null || d.shortName() == null) {
            throw ApiException.badRequest("name and short_name are required");
        }
        if (units.shortNameTaken(businessId, d.shortName(), NONE)) {
            throw ApiException.conflict("A unit with short name " + d.shortName() + " exists");
        }
        Instant now = clock.instant();
        short decimals = d.decimalPlaces() == null ? 0 : d.decimalPlaces().shortValue();
        Unit unit = units.save(new Unit(UUID.randomUUID(), businessId, d.name().strip(), d.shortName(), decimals, now, now, null, null));
        audit.record(new AuditEntry(businessId, actor, "unit.create", "unit", unit.id().toString(), null, unit));
        return unit;
    }

    @Transactional
    Unit updateUnit(UUID businessId, UUID actor, UUID id, UnitDetails d, String ifMatch) {
        Unit current = unit(businessId, id);
        ETags.checkPrecondition(ifMatch, current.version());
        String shortName = d.shortName() == null ? current.shortName() : d.shortName();
        if (units.shortNameTaken(businessId, shortName, id)) {
            throw ApiException.conflict("A unit with short name " + shortName + " exists");
        }
        Unit updated = units.update(new Unit(id, businessId, d.name() == null ? current.name() : d.name().strip(), shortName,
                d.decimalPlaces() == null ? current.decimalPlaces() : d.decimalPlaces().shortValue(), current.createdAt(),
                clock.instant(), null, current.version()));
        audit.record(new AuditEntry(businessId, actor, "unit.update", "unit", id.toString(), current, updated));
        return updated;
    }

    @Transactional
    void deleteUnit(UUID businessId, UUID actor, UUID id) {
        Unit current = unit(businessId, id);
        long using = units.itemsUsing(businessId, id);
        if (using > 0) {
            throw ApiException.conflict("The unit is used by " + using + " item(s)");
        }
        Instant now = clock.instant();
        units.update(new Unit(id, businessId, current.name(), current.shortName(), current.decimalPlaces(), current.createdAt(), now, now,
                current.version()));
        audit.record(new AuditEntry(businessId, actor, "unit.delete", "unit", id.toString(), current, null));
    }

    @Transactional(readOnly = true)
    public Unit unit(UUID businessId, UUID id) {
        return units.findActive(businessId, id).orElseThrow(() -> ApiException.notFound("Unit"));
    }

    /** The units among {@code ids}, by id; a missing or deleted one is a 404 as in {@link #unit}. */
    public Map<UUID, Unit> units(UUID businessId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Unit> found = new HashMap<>();
        units.findActiveIn(businessId, ids).forEach(u -> found.put(u.id(), u));
        if (found.size() < new HashSet<>(ids).size()) {
            throw ApiException.notFound("Unit");
        }
        return found;
    }

    @Transactional(readOnly = true)
    List<Unit> units(UUID businessId) {
        return units.listActive(businessId);
    }

    @Transactional
    Category createCategory(UUID businessId, UUID actor, CategoryDetails d) {
        if (d.name() == null) {
            throw ApiException.badRequest("name: must not be blank");
        }
        if (d.parentId() != null) {
            category(businessId, d.parentId());
        }
        uniqueName(businessId, d.name().strip(), d.parentId(), NONE);
        Instant now = clock.instant();
        Category category = categories.save(new Category(UUID.randomUUID(), businessId, d.name().strip(), d.parentId(), d.description(),
                now, now, null, null));
        audit.record(new AuditEntry(businessId, actor, "category.create", "category", category.id().toString(), null, category));
        return category;
    }

    @Transactional
    Category updateCategory(UUID businessId, UUID actor, UUID id, CategoryDetails d, String ifMatch) {
        Category current = category(businessId, id);
        ETags.checkPrecondition(ifMatch, current.version());
        UUID parent = d.parentId() == null ? current.parentId() : d.parentId();
        if (d.parentId() != null) {
            category(businessId, d.parentId());
            if (categories.selfAndAncestors(businessId, d.parentId()).contains(id)) {
                throw ApiException.badRequest("parent_id: a category cannot sit below itself or one of its descendants");
            }
        }
        String name = d.name() == null ? current.name() : d.name().strip();
        uniqueName(businessId, name, parent, id);
        Category updated = categories.update(new Category(id, businessId, name, parent,
                d.description() == null ? current.description() : d.description(), current.createdAt(), clock.instant(), null,
                current.version()));
        audit.record(new AuditEntry(businessId, actor, "category.update", "category", id.toString(), current, updated));
        return updated;
    }

    @Transactional
    void deleteCategory(UUID businessId, UUID actor, UUID id) {
        Category current = category(businessId, id);
        if (categories.children(businessId, id) > 0 || categories.itemsIn(businessId, id) > 0) {
            throw ApiException.conflict("The category still has sub-categories or items");
        }
        Instant now = clock.instant();
        categories.update(new Category(id, businessId, current.name(), current.parentId(), current.description(), current.createdAt(),
                now, now, current.version()));
        audit.record(new AuditEntry(businessId, actor, "category.delete", "category", id.toString(), current, null));
    }

    @Transactional(readOnly = true)
    public Category category(UUID businessId, UUID id) {
        return categories.findActive(businessId, id).orElseThrow(() -> ApiException.notFound("Category"));
    }

    @Transactional(readOnly = true)
    List<Category> categories(UUID businessId) {
        return categories.listActive(businessId);
    }

    private void uniqueName(UUID businessId, String name, UUID parent, UUID except) {
        if (categories.nameTaken(businessId, name, parent, except)) {
            throw ApiException.conflict("A category named " + name + " exists at that place in the tree");
        }
    }
}
