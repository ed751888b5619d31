package com.bizsuite.invoice.issuing;

import com.bizsuite.platform.error.ApiException;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * What invoices still owe. Payments settle them through here: the invoices are locked (in id
 * order, so two payments never deadlock), checked and updated in the payment's transaction, so
 * no interleaving of payments can take an invoice past its total.
 */
@Singleton
public class InvoiceBalances {

    private final InvoiceRepository invoices;
    private final Clock clock;

    InvoiceBalances(InvoiceRepository invoices, Clock clock) {
        this.invoices = invoices;
        this.clock = clock;
    }

    /**
     * Adds (positive) or takes back (negative) amounts paid against invoices of one party.
     * {@code paymentType} payment_in settles sale invoices, payment_out purchase invoices.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void settle(UUID businessId, UUID partyId, String paymentType, Map<UUID, BigDecimal> amounts) {
        String billType = paymentType.equals("payment_in") ? "sale" : "purchase";
        for (Map.Entry<UUID, BigDecimal> entry : new TreeMap<>(amounts).entrySet()) {
            Invoice invoice = invoices.lock(businessId, entry.getKey())
                    .orElseThrow(() -> ApiException.badRequest("allocations: invoice " + entry.getKey() + " not found"));
            if (!invoice.partyId().equals(partyId) || !invoice.invoiceType().equals(billType) || !invoice.isIssued()) {
                throw ApiException.badRequest("allocations: invoice " + label(invoice) + " is not an issued " + billType
                        + " invoice of this party");
            }
            BigDecimal paid = invoice.paidAmount().add(entry.getValue());
            if (entry.getValue().compareTo(invoice.balanceDue()) > 0) {
                throw ApiException.conflict("Payment of " + entry.getValue().toPlainString() + " exceeds the balance of "
                        + invoice.balanceDue().toPlainString() + " due on invoice " + label(invoice));
            }
            if (paid.signum() < 0) {
                throw new IllegalStateException("Paid amount of invoice " + invoice.id() + " would go below zero");
            }
            invoices.update(withPaid(invoice, paid));
        }
    }

    private Invoice withPaid(Invoice i, BigDecimal paid) {
        BigDecimal balance = i.totalAmount().subtract(paid).subtract(i.creditedAmount());
        return new Invoice(i.id(), i.businessId(), i.partyId(), i.partyName(), i.partyGstin(), i.invoiceType(), i.series(), i.financialYear(),
                i.sequenceNumber(), i.invoiceNumber(), i.status(), i.paymentStatusFor(paid), i.invoiceDate(), i.dueDate(), i.supplierState(),
                i.placeOfSupply(), i.isInterstate(), i.originalInvoiceId(), i.reason(), i.invoiceDiscountPercent(), i.subtotal(),
                i.discountAmount(), i.taxableAmount(), i.cgstAmount(), i.sgstAmount(), i.igstAmount(), i.cessAmount(), i.taxAmount(),
                i.roundOff(), i.totalAmount(), paid, i.creditedAmount(), balance, i.terms(), i.notes(), i.createdBy(), i.createdAt(),
                clock.instant(), i.issuedAt(), i.cancelledAt(), i.version());
    }

    private static String label(Invoice invoice) {
        return invoice.invoiceNumber() == null ? invoice.id().toString() : invoice.invoiceNumber();
    }
}
