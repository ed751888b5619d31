package com.bizsuite.invoice.payments;

import com.bizsuite.business.api.AuditEntry;
import com.bizsuite.business.api.AuditTrail;
import com.bizsuite.business.api.Parties;
import com.bizsuite.invoice.issuing.InvoiceBalances;
import com.bizsuite.platform.error.ApiException;
import com.bizsuite.platform.json.PartialBody;
import com.bizsuite.platform.tenant.TenantAccess;
import com.bizsuite.platform.web.ETags;
import com.bizsuite.platform.web.Paging;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.Validator;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Records, edits and deletes payments. Each change settles or unsettles the allocated invoices
 * in the same transaction and is audited; allocating more than an invoice still owes is 409.
 * Cancelling a payment (the old clients' PATCH with {@code "status": "cancelled"}) is deleting it,
 * so it needs the delete permission too.
 */
@Singleton
class PaymentBook {

    record Filter(UUID partyId, UUID invoiceId, String type, LocalDate from, LocalDate to) {
    }

    private final PaymentRepository payments;
    private final Allocations allocations;
    private final InvoiceBalances balances;
    private final Parties parties;
    private final AuditTrail audit;
    private final TenantAccess access;
    private final Validator validator;
    private final Clock clock;

    PaymentBook(PaymentRepository payments, Allocations allocations, InvoiceBalances balances, Parties parties, AuditTrail audit,
                TenantAccess access, Validator validator, Clock clock) {
        this.payments = payments;
        this.allocations = allocations;
        this.balances = balances;
        this.parties = parties;
        this.audit = audit;
        this.access = access;
        this.validator = validator;
        this.clock = clock;
    }

    /** A payment as a write left it, with the version its ETag carries. */
    record Written(PaymentView view, long version) {
    }

    @Transactional
    Written record(UUID businessId, UUID actor, PaymentRequest request) {
        if ("cancelled".equals(request.status())) {
            throw ApiException.badRequest("status: a new payment cannot be cancelled");
        }
        parties.find(businessId, request.partyId()).orElseThrow(() -> ApiException.badRequest("party_id: no such party in this business"));
        Map<UUID, BigDecimal> amounts = amounts(request);
        Instant now = clock.instant();
        Payment payment = payments.save(payment(UUID.randomUUID(), businessId, request, actor, now, now, null));
        balances.settle(businessId, request.partyId(), request.transactionType(), amounts);
        allocations.save(payment.id(), amounts);
        PaymentView view = PaymentView.of(payment, allocated(amounts));
        audit.record(new AuditEntry(businessId, actor, "payment.create", "payment", payment.id().toString(), null, view));
        return new Written(view, payment.version());
    }

    @Transactional
    Written update(UUID businessId, UUID actor, UUID id, PaymentPatch patch, String ifMatch) {
        if (patch.cancels() && !access.permissionsOf(businessId, actor).contains("payment:delete")) {
            throw ApiException.forbidden("Missing permission payment:delete");
        }
        Payment current = payments.lockActive(businessId, id).orElseThrow(() -> ApiException.notFound("Payment"));
        ETags.checkPrecondition(ifMatch, current.version());
        PaymentView before = view(current);
        PaymentRequest request = PartialBody.validated(validator, patch.applyTo(current, before.allocations()));
        if (patch.cancels()) {
            Payment cancelled = remove(current, before);
            PaymentView after = PaymentView.of(cancelled, before.allocations());
            audit.record(new AuditEntry(businessId, actor, "payment.cancel", "payment", id.toString(), before, after));
            return new Written(after, cancelled.version());
        }
        parties.find(businessId, request.partyId()).orElseThrow(() -> ApiException.badRequest("party_id: no such party in this business"));
        unsettle(current, before);
        Map<UUID, BigDecimal> amounts = amounts(request);
        Payment updated = payments.update(payment(id, businessId, request, current.createdBy(), current.createdAt(), clock.instant(),
                current.version()));
        balances.settle(businessId, request.partyId(), request.transactionType(), amounts);
        allocations.save(id, amounts);
        PaymentView after = PaymentView.of(updated, allocated(amounts));
        audit.record(new AuditEntry(businessId, actor, "payment.update", "payment", id.toString(), before, after));
        return new Written(after, updated.version());
    }

    @Transactional
    void delete(UUID businessId, UUID actor, UUID id) {
        Payment current = payments.lockActive(businessId, id).orElseThrow(() -> ApiException.notFound("Payment"));
        PaymentView before = view(current);
        remove(current, before);
        audit.record(new AuditEntry(businessId, actor, "payment.delete", "payment", id.toString(), before, null));
    }

    /** Takes back what the payment settled and marks it deleted: it is 404 and left out of every list afterwards. */
    private Payment remove(Payment current, PaymentView before) {
        unsettle(current, before);
        Instant now = clock.instant();
        return payments.update(new Payment(current.id(), current.businessId(), current.partyId(), current.transactionType(),
                current.transactionDate(), current.amount(), current.paymentMode(), current.referenceNumber(), current.bankName(),
                current.chequeNumber(), current.chequeDate(), current.notes(), current.createdBy(), current.createdAt(), now, now,
                current.version()));
    }

    @Transactional(readOnly = true)
    PaymentView get(UUID businessId, UUID id) {
        return view(payments.findActive(businessId, id).orElseThrow(() -> ApiException.notFound("Payment")));
    }

    @Transactional(readOnly = true)
    long version(UUID businessId, UUID id) {
        return payments.findActive(businessId, id).orElseThrow(() -> ApiException.notFound("Payment")).version();
    }

    @Transactional(readOnly = true)
    PaymentList page(UUID businessId, Filter f, Paging paging) {
        List<Payment> page = payments.page(businessId, f.partyId(), f.invoiceId(), f.type(), f.from(), f.to(), paging.offset(), paging.limit());
        Map<UUID, List<PaymentView.Allocated>> allocated = allocations.of(page.stream().map(Payment::id).toList());
        List<PaymentView> views = page.stream().map(p -> PaymentView.of(p, allocated.getOrDefault(p.id(), List.of()))).toList();
        long total = payments.count(businessId, f.partyId(), f.invoiceId(), f.type(), f.from(), f.to());
        return new PaymentList(views, views, total, paging.page(), paging.limit());
    }

    private void unsettle(Payment payment, PaymentView view) {
        Map<UUID, BigDecimal> reversed = new HashMap<>();
        view.allocations().forEach(a -> reversed.put(a.invoiceId(), a.amount().negate()));
        balances.settle(payment.businessId(), payment.partyId(), payment.transactionType(), reversed);
        allocations.deleteOf(payment.id());
    }

    private static Map<UUID, BigDecimal> amounts(PaymentRequest request) {
        Map<UUID, BigDecimal> amounts = new HashMap<>();
        for (PaymentRequest.Allocation a : request.allocationsOrSingle()) {
            amounts.merge(a.invoiceId(), a.amount().setScale(2), BigDecimal::add);
        }
        BigDecimal allocated = amounts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (allocated.compareTo(request.amount()) > 0) {
            throw ApiException.badRequest("allocations: together they exceed the payment amount " + request.amount().toPlainString());
        }
        return amounts;
    }

    // in PostgreSQL's uuid order (bytes unsigned, as their text sorts), as Allocations reads them back
    private static List<PaymentView.Allocated> allocated(Map<UUID, BigDecimal> amounts) {
        return amounts.entrySet().stream().sorted(Comparator.comparing(e -> e.getKey().toString()))
                .map(e -> new PaymentView.Allocated(e.getKey(), e.getValue())).toList();
    }

    private PaymentView view(Payment payment) {
        return PaymentView.of(payment, allocations.of(List.of(payment.id())).getOrDefault(payment.id(), List.of()));
    }

    private static Payment payment(UUID id, UUID businessId, PaymentRequest r, UUID createdBy, Instant createdAt, Instant now, Long version) {
        return new Payment(id, businessId, r.partyId(), r.transactionType(), r.transactionDate(), r.amount().setScale(2), r.paymentMode(),
                r.referenceNumber(), r.bankName(), r.chequeNumber(), r.chequeDate(), r.notes(), createdBy, createdAt, now, null, version);
    }
}
