package com.bizsuite.inventory.catalog;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface UnitRepository extends CrudRepository<Unit, UUID> {

    @Query("SELECT * FROM inventory.units WHERE id = :id AND business_id = :businessId AND deleted_at IS NULL")
    Optional<Unit> findActive(UUID businessId, UUID id);

    @Query("SELECT * FROM inventory.units WHERE business_id = :businessId AND id IN (:ids) AND deleted_at IS NULL")
    List<Unit> findActiveIn(UUID businessId, Collection<UUID> ids);

    @Query("SELECT * FROM inventory.units WHERE business_id = :businessId AND deleted_at IS NULL ORDER BY lower(name), id")
    List<Unit> listActive(UUID businessId);

    @Query("SELECT EXISTS (SELECT 1 FROM inventory.units WHERE business_id = :businessId AND lower(short_name) = lower(:shortName) AND deleted_at IS NULL AND id <> :exceptId)")
    boolean shortNameTaken(UUID businessId, String shortName, UUID exceptId);

    @Query("SELECT count(*) FROM inventory.items WHERE business_id = :businessId AND unit_id = :unitId AND deleted_at IS NULL")
    long itemsUsing(UUID businessId, UUID unitId);
}
