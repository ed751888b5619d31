package com.bizsuite.inventory.catalog;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface CategoryRepository extends CrudRepository<Category, UUID> {

    @Query("SELECT * FROM inventory.categories WHERE id = :id AND business_id = :businessId AND deleted_at IS NULL")
    Optional<Category> findActive(UUID businessId, UUID id);

    @Query("SELECT * FROM inventory.categories WHERE business_id = :businessId AND deleted_at IS NULL ORDER BY lower(name), id")
    List<Category> listActive(UUID businessId);

    /** The chain of ancestors of a category, nearest first (stops at 100 levels). */
    @Query("""
            WITH RECURSIVE up(id, parent_id, depth) AS (
                SELECT id, parent_id, 1 FROM inventory.categories WHERE id = :id AND business_id = :businessId
                UNION ALL
                SELECT c.id, c.parent_id, up.depth + 1 FROM inventory.categories c JOIN up ON c.id = up.parent_id
                WHERE up.depth < 100)
            SELECT id FROM up""")
    List<UUID> selfAndAncestors(UUID businessId, UUID id);

    @Query("SELECT count(*) FROM inventory.categories WHERE business_id = :businessId AND parent_id = :id AND deleted_at IS NULL")
    long children(UUID businessId, UUID id);

    @Query("SELECT count(*) FROM inventory.items WHERE business_id = :businessId AND category_id = :id AND deleted_at IS NULL")
    long itemsIn(UUID businessId, UUID id);

    @Query("SELECT EXISTS (SELECT 1 FROM inventory.categories WHERE business_id = :businessId AND deleted_at IS NULL AND id <> :exceptId"
            + " AND lower(name) = lower(:name) AND coalesce(parent_id, '00000000-0000-0000-0000-000000000000') = coalesce(CAST(:parentId AS uuid), '00000000-0000-0000-0000-000000000000'))")
    boolean nameTaken(UUID businessId, String name, @io.micronaut.core.annotation.Nullable UUID parentId, UUID exceptId);
}
