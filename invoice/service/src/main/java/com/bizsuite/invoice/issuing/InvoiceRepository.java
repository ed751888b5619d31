package com.bizsuite.invoice.issuing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Every query names the business: another business's invoice is simply not found. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface InvoiceRepository extends CrudRepository<Invoice, UUID> {

    String FILTER = """
             WHERE business_id = :businessId
               AND (CAST(:partyId AS uuid) IS NULL OR party_id = :partyId)
               AND (CAST(:type AS text) IS NULL OR invoice_type = :type)
               AND (CAST(:paymentStatus AS text) IS NULL OR payment_status = :paymentStatus)
               AND (CAST(:status AS text) IS NULL OR status = :status)
               AND (CAST(:from AS date) IS NULL OR invoice_date >= :from)
               AND (CAST(:to AS date) IS NULL OR invoice_date <= :to)
               AND (CAST(:search AS text) IS NULL OR invoice_number ILIKE '%' || CAST(:search AS text) || '%'
                    OR lower(party_name) LIKE '%' || lower(CAST(:search AS text)) || '%')""";

    @Query("SELECT * FROM invoice.invoices WHERE id = :id AND business_id = :businessId")
    Optional<Invoice> find(UUID businessId, UUID id);

    @Query("SELECT * FROM invoice.invoices WHERE id = :id AND business_id = :businessId FOR UPDATE")
    Optional<Invoice> lock(UUID businessId, UUID id);

    /** Locks these invoices of the business, in id order (the order every issuing path locks them in). */
    @Query("SELECT * FROM invoice.invoices WHERE business_id = :businessId AND id IN (:ids) ORDER BY id FOR UPDATE")
    List<Invoice> lockAll(UUID businessId, Collection<UUID> ids);

    @Query("SELECT * FROM invoice.invoices " + FILTER + " ORDER BY invoice_date DESC, created_at DESC, id OFFSET :offset LIMIT :limit")
    List<Invoice> page(UUID businessId, @Nullable UUID partyId, @Nullable String type, @Nullable String paymentStatus,
                       @Nullable String status, @Nullable LocalDate from, @Nullable LocalDate to, @Nullable String search,
                       long offset, int limit);

    @Query("SELECT count(*) FROM invoice.invoices " + FILTER)
    long count(UUID businessId, @Nullable UUID partyId, @Nullable String type, @Nullable String paymentStatus,
               @Nullable String status, @Nullable LocalDate from, @Nullable LocalDate to, @Nullable String search);

    @Query("SELECT * FROM invoice.invoices WHERE business_id = :businessId AND original_invoice_id = :id ORDER BY created_at")
    List<Invoice> creditNotesOf(UUID businessId, UUID id);
}
