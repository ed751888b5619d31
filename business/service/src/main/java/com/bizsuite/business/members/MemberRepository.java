package com.bizsuite.business.members;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface MemberRepository extends CrudRepository<Member, UUID> {

    @Query("""
            SELECT m.* FROM business.members m JOIN business.businesses b ON b.id = m.business_id
            WHERE m.business_id = :businessId AND m.user_id = :userId AND m.status = 'active' AND b.deleted_at IS NULL""")
    Optional<Member> findActive(UUID businessId, UUID userId);

    /** Locks the business's active members, so owner counts cannot race. */
    @Query("SELECT * FROM business.members WHERE business_id = :businessId AND status = 'active' ORDER BY created_at, id FOR UPDATE")
    List<Member> lockActive(UUID businessId);

    @Query("SELECT * FROM business.members WHERE business_id = :businessId AND status = 'active' ORDER BY created_at, id OFFSET :offset LIMIT :limit")
    List<Member> pageActive(UUID businessId, long offset, int limit);

    @Query("SELECT count(*) FROM business.members WHERE business_id = :businessId AND status = 'active'")
    long countActive(UUID businessId);

    @Query("SELECT * FROM business.members WHERE user_id = :userId AND status = 'active'")
    List<Member> findActiveByUser(UUID userId);

    @Query("SELECT user_id FROM business.members WHERE business_id = :businessId AND status = 'active'")
    List<UUID> activeUserIds(UUID businessId);
}
