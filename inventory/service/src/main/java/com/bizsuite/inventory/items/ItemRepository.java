package com.bizsuite.inventory.items;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Every query names the business: another business's item is simply not found. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ItemRepository extends CrudRepository<Item, UUID> {

    String FILTER = """
             WHERE business_id = :businessId AND deleted_at IS NULL
               AND (CAST(:categoryId AS uuid) IS NULL OR category_id = :categoryId)
               AND (CAST(:search AS text) IS NULL
                    OR lower(name) LIKE '%' || lower(CAST(:pattern AS text)) || '%'
                    OR sku = CAST(:search AS text) OR barcode = CAST(:search AS text) OR hsn_code = CAST(:search AS text))""";

    @Query("SELECT * FROM inventory.items WHERE id = :id AND business_id = :businessId AND deleted_at IS NULL")
    Optional<Item> findActive(UUID businessId, UUID id);

    @Query("SELECT * FROM inventory.items WHERE business_id = :businessId AND id IN (:ids) AND deleted_at IS NULL")
    List<Item> findActiveIn(UUID businessId, Collection<UUID> ids);

    @Query("SELECT * FROM inventory.items WHERE id = :id AND business_id = :businessId AND deleted_at IS NULL FOR UPDATE")
    Optional<Item> lockActive(UUID businessId, UUID id);

    @Query("SELECT * FROM inventory.items " + FILTER + " ORDER BY lower(name), id OFFSET :offset LIMIT :limit")
    List<Item> page(UUID businessId, @Nullable UUID categoryId, @Nullable String search, @Nullable String pattern, long offset, int limit);

    @Query("SELECT count(*) FROM inventory.items " + FILTER)
    long count(UUID businessId, @Nullable UUID categoryId, @Nullable String search, @Nullable String pattern);

    @Query("SELECT EXISTS (SELECT 1 FROM inventory.items WHERE business_id = :businessId AND sku = :sku AND deleted_at IS NULL AND id <> :exceptId)")
    boolean skuTaken(UUID businessId, String sku, UUID exceptId);

    @Query("SELECT EXISTS (SELECT 1 FROM inventory.items WHERE business_id = :businessId AND barcode = :barcode AND deleted_at IS NULL AND id <> :exceptId)")
    boolean barcodeTaken(UUID businessId, String barcode, UUID exceptId);

    @Query("""
            SELECT i.* FROM inventory.items i
            WHERE i.business_id = :businessId AND i.deleted_at IS NULL AND i.track_stock AND i.inventory_type <> 'services'
              AND i.low_stock_threshold IS NOT NULL
              AND coalesce((SELECT sum(s.quantity) FROM inventory.stock_levels s WHERE s.business_id = i.business_id AND s.item_id = i.id), 0)
                  <= i.low_stock_threshold
            ORDER BY lower(i.name), i.id""")
    List<Item> lowStock(UUID businessId);
}
