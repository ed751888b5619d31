package com.bizsuite.invoice.payments;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface PaymentRepository extends CrudRepository<Payment, UUID> {

    String FILTER = """
             WHERE p.business_id = :businessId AND p.deleted_at IS NULL
               AND (CAST(:partyId AS uuid) IS NULL OR p.party_id = :partyId)
               AND (CAST(:invoiceId AS uuid) IS NULL OR EXISTS (SELECT 1 FROM invoice.payment_allocations a
                                                               WHERE a.payment_id = p.id AND a.invoice_id = :invoiceId))
               AND (CAST(:type AS text) IS NULL OR p.transaction_type = :type)
               AND (CAST(:from AS date) IS NULL OR p.transaction_date >= :from)
               AND (CAST(:to AS date) IS NULL OR p.transaction_date <= :to)""";

    @Query("SELECT * FROM invoice.payments WHERE id = :id AND business_id = :businessId AND deleted_at IS NULL")
    Optional<Payment> findActive(UUID businessId, UUID id);

    @Query("SELECT * FROM invoice.payments WHERE id = :id AND business_id = :businessId AND deleted_at IS NULL FOR UPDATE")
    Optional<Payment> lockActive(UUID businessId, UUID id);

    @Query("SELECT p.* FROM invoice.payments p " + FILTER + " ORDER BY p.transaction_date DESC, p.created_at DESC, p.id OFFSET :offset LIMIT :limit")
    List<Payment> page(UUID businessId, @Nullable UUID partyId, @Nullable UUID invoiceId, @Nullable String type, @Nullable LocalDate from,
                       @Nullable LocalDate to, long offset, int limit);

    @Query("SELECT count(*) FROM invoice.payments p " + FILTER)
    long count(UUID businessId, @Nullable UUID partyId, @Nullable UUID invoiceId, @Nullable String type, @Nullable LocalDate from,
               @Nullable LocalDate to);
}
