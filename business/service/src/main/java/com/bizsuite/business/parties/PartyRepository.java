package com.bizsuite.business.parties;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Every query names the business: another business's party is simply not found. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface PartyRepository extends CrudRepository<Party, UUID> {

    String FILTER = """
             WHERE business_id = :businessId AND deleted_at IS NULL
               AND (CAST(:type AS text) IS NULL OR type = :type OR (type = 'both' AND CAST(:type AS text) <> 'both'))
               AND (CAST(:pattern AS text) IS NULL
                    OR lower(name) LIKE '%' || lower(CAST(:pattern AS text)) || '%'
                    OR phone LIKE CAST(:pattern AS text) || '%'
                    OR gstin LIKE upper(CAST(:pattern AS text)) || '%')""";

    @Query("SELECT * FROM business.parties WHERE id = :id AND business_id = :businessId AND deleted_at IS NULL")
    Optional<Party> findActive(UUID businessId, UUID id);

    @Query("SELECT * FROM business.parties WHERE business_id = :businessId AND id IN (:ids) AND deleted_at IS NULL")
    List<Party> findActiveIn(UUID businessId, Collection<UUID> ids);

    @Query("SELECT * FROM business.parties WHERE id = :id AND business_id = :businessId AND deleted_at IS NULL FOR UPDATE")
    Optional<Party> lockActive(UUID businessId, UUID id);

    @Query("SELECT * FROM business.parties " + FILTER + " ORDER BY lower(name), id OFFSET :offset LIMIT :limit")
    List<Party> page(UUID businessId, @Nullable String type, @Nullable String pattern, long offset, int limit);

    @Query("SELECT count(*) FROM business.parties " + FILTER)
    long count(UUID businessId, @Nullable String type, @Nullable String pattern);
}
