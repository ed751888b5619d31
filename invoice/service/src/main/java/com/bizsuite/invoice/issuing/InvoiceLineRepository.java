package com.bizsuite.invoice.issuing;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface InvoiceLineRepository extends CrudRepository<InvoiceLine, UUID> {

    @Query("SELECT * FROM invoice.invoice_items WHERE invoice_id = :invoiceId ORDER BY line_no")
    List<InvoiceLine> ofInvoice(UUID invoiceId);

    @Query("SELECT * FROM invoice.invoice_items WHERE invoice_id IN (:invoiceIds) ORDER BY invoice_id, line_no")
    List<InvoiceLine> ofInvoices(Collection<UUID> invoiceIds);

    @Query("DELETE FROM invoice.invoice_items WHERE invoice_id = :invoiceId")
    void deleteOfInvoice(UUID invoiceId);

    @Query("UPDATE invoice.invoice_items SET credited_quantity = credited_quantity + :quantity WHERE id = :id AND credited_quantity + :quantity <= quantity")
    int credit(UUID id, java.math.BigDecimal quantity);
}
