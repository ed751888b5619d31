package com.bizsuite.business.businesses;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface BusinessRepository extends CrudRepository<Business, UUID> {

    @Query("SELECT * FROM business.businesses WHERE id = :id AND deleted_at IS NULL")
    Optional<Business> findActive(UUID id);

    @Query("SELECT * FROM business.businesses WHERE id = :id AND deleted_at IS NULL FOR UPDATE")
    Optional<Business> lockActive(UUID id);

    @Query("SELECT EXISTS (SELECT 1 FROM business.businesses WHERE gstin = :gstin AND deleted_at IS NULL AND id <> :exceptId)")
    boolean gstinTaken(String gstin, UUID exceptId);

    @Query("""
            SELECT b.* FROM business.businesses b JOIN business.members m ON m.business_id = b.id
            WHERE m.user_id = :userId AND m.status = 'active' AND b.deleted_at IS NULL
            ORDER BY b.name, b.id OFFSET :offset LIMIT :limit""")
    List<Business> pageOfMember(UUID userId, long offset, int limit);

    @Query("""
            SELECT count(*) FROM business.businesses b JOIN business.members m ON m.business_id = b.id
            WHERE m.user_id = :userId AND m.status = 'active' AND b.deleted_at IS NULL""")
    long countOfMember(UUID userId);
}
