package com.bizsuite.invoice.reports;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * GSTR-1 and GSTR-3B style summaries and the sales register, from issued documents only:
 * B2B by invoice and rate for parties with a GSTIN, B2C by place of supply and rate, credit
 * notes to registered parties, the HSN summary (credit notes subtract), and the 3B liability
 * (outward tax less input tax on purchases).
 */
@Singleton
class GstReports {

    @Serdeable
    record B2b(String gstin, String partyName, String invoiceNumber, LocalDate invoiceDate, BigDecimal invoiceValue, String placeOfSupply,
               BigDecimal rate, TaxAmounts amounts) {
    }

    @Serdeable
    record B2cs(String placeOfSupply, BigDecimal rate, TaxAmounts amounts) {
    }

    @Serdeable
    record Cdnr(String gstin, String partyName, String noteNumber, LocalDate noteDate, String originalInvoiceNumber, BigDecimal noteValue,
                BigDecimal rate, TaxAmounts amounts) {
    }

    @Serdeable
    record Hsn(String hsn, BigDecimal rate, BigDecimal quantity, TaxAmounts amounts) {
    }

    @Serdeable
    record Gstr1(LocalDate from, LocalDate to, List<B2b> b2b, List<B2cs> b2cs, List<Cdnr> cdnr, List<Hsn> hsn) {
    }

    @Serdeable
    record Gstr3b(LocalDate from, LocalDate to, TaxAmounts outwardTaxable, TaxAmounts outwardZeroRated, TaxAmounts inputTaxCredit,
                  TaxAmounts netPayable) {
    }

    @Serdeable
    record RegisterRow(String invoiceNumber, String invoiceType, LocalDate invoiceDate, String partyName, String partyGstin,
                       String placeOfSupply, TaxAmounts amounts, BigDecimal roundOff, BigDecimal total) {
    }

    @Serdeable
    record SalesRegister(LocalDate from, LocalDate to, List<RegisterRow> rows, TaxAmounts totals, BigDecimal grandTotal) {
    }

    private final ReportQueries queries;

    GstReports(ReportQueries queries) {
        this.queries = queries;
    }

    Gstr1 gstr1(UUID businessId, LocalDate from, LocalDate to) {
        List<ReportLine> lines = queries.lines(businessId, from, to);
        Map<String, B2b> b2b = new LinkedHashMap<>();
        Map<String, B2cs> b2cs = new TreeMap<>();
        Map<String, Cdnr> cdnr = new LinkedHashMap<>();
        Map<String, Hsn> hsn = new TreeMap<>();
        for (ReportLine l : lines) {
            if (l.isSale() && l.partyGstin() != null) {
                b2b.merge(l.number() + "|" + l.rate(), new B2b(l.partyGstin(), l.partyName(), l.number(), l.date(), l.documentTotal(),
                        l.placeOfSupply(), l.rate(), TaxAmounts.ZERO.plus(l, 1)), (a, b) -> new B2b(a.gstin(), a.partyName(),
                        a.invoiceNumber(), a.invoiceDate(), a.invoiceValue(), a.placeOfSupply(), a.rate(), a.amounts().plus(l, 1)));
            } else if (l.isSale()) {
                b2cs.merge(l.placeOfSupply() + "|" + l.rate(), new B2cs(l.placeOfSupply(), l.rate(), TaxAmounts.ZERO.plus(l, 1)),
                        (a, b) -> new B2cs(a.placeOfSupply(), a.rate(), a.amounts().plus(l, 1)));
            } else if (l.isSaleCreditNote() && l.partyGstin() != null) {
                cdnr.merge(l.number() + "|" + l.rate(), new Cdnr(l.partyGstin(), l.partyName(), l.number(), l.date(), l.originalNumber(),
                        l.documentTotal(), l.rate(), TaxAmounts.ZERO.plus(l, 1)), (a, b) -> new Cdnr(a.gstin(), a.partyName(),
                        a.noteNumber(), a.noteDate(), a.originalInvoiceNumber(), a.noteValue(), a.rate(), a.amounts().plus(l, 1)));
            }
            if (l.isSale() || l.isSaleCreditNote()) {
                int sign = l.isSale() ? 1 : -1;
                String code = l.hsn() == null ? "-" : l.hsn();
                BigDecimal quantity = l.quantity().multiply(BigDecimal.valueOf(sign));
                hsn.merge(code + "|" + l.rate(), new Hsn(code, l.rate(), quantity, TaxAmounts.ZERO.plus(l, sign)),
                        (a, b) -> new Hsn(a.hsn(), a.rate(), a.quantity().add(quantity), a.amounts().plus(l, sign)));
            }
        }
        return new Gstr1(from, to, List.copyOf(b2b.values()), List.copyOf(b2cs.values()), List.copyOf(cdnr.values()),
                List.copyOf(hsn.values()));
    }

    Gstr3b gstr3b(UUID businessId, LocalDate from, LocalDate to) {
        TaxAmounts outward = TaxAmounts.ZERO;
        TaxAmounts zeroRated = TaxAmounts.ZERO;
        TaxAmounts input = TaxAmounts.ZERO;
        for (ReportLine l : queries.lines(businessId, from, to)) {
            int sign = l.isSaleCreditNote() ? -1 : 1;
            if ((l.isSale() || l.isSaleCreditNote()) && l.rate().signum() > 0) {
                outward = outward.plus(l, sign);
            } else if (l.isSale() || l.isSaleCreditNote()) {
                zeroRated = zeroRated.plus(l, sign);
            } else if (l.isPurchase()) {
                input = input.plus(l, 1);
            } else {
                input = input.plus(l, -1);
            }
        }
        return new Gstr3b(from, to, outward, zeroRated, input, outward.minus(input));
    }

    SalesRegister salesRegister(UUID businessId, LocalDate from, LocalDate to) {
        Map<String, RegisterRow> rows = new LinkedHashMap<>();
        TaxAmounts totals = TaxAmounts.ZERO;
        BigDecimal grand = new BigDecimal("0.00");
        for (ReportLine l : queries.lines(businessId, from, to)) {
            if (!l.isSale() && !l.isSaleCreditNote()) {
                continue;
            }
            int sign = l.isSale() ? 1 : -1;
            RegisterRow existing = rows.get(l.number());
            if (existing == null) {
                BigDecimal total = l.documentTotal().multiply(BigDecimal.valueOf(sign));
                rows.put(l.number(), new RegisterRow(l.number(), l.type(), l.date(), l.partyName(), l.partyGstin(), l.placeOfSupply(),
                        TaxAmounts.ZERO.plus(l, sign), l.roundOff().multiply(BigDecimal.valueOf(sign)), total));
                grand = grand.add(total);
            } else {
                rows.put(l.number(), new RegisterRow(existing.invoiceNumber(), existing.invoiceType(), existing.invoiceDate(),
                        existing.partyName(), existing.partyGstin(), existing.placeOfSupply(), existing.amounts().plus(l, sign),
                        existing.roundOff(), existing.total()));
            }
            totals = totals.plus(l, sign);
        }
        return new SalesRegister(from, to, new ArrayList<>(rows.values()), totals, grand);
    }
}
