package com.bizsuite.invoice.reports;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The reports as CSV (RFC 4180 quoting), one header row, one row per report line. */
final class ReportCsv {

    private static final String[] AMOUNTS = {"taxable_value", "igst", "cgst", "sgst", "cess"};

    private ReportCsv() {
    }

    static String gstr1(GstReports.Gstr1 r) {
        StringBuilder out = new StringBuilder(row("section", "gstin", "party_name", "document_number", "document_date", "original_number",
                "document_value", "place_of_supply", "hsn", "quantity", "rate", AMOUNTS));
        r.b2b().forEach(b -> out.append(row("b2b", b.gstin(), b.partyName(), b.invoiceNumber(), String.valueOf(b.invoiceDate()), "",
                b.invoiceValue().toPlainString(), b.placeOfSupply(), "", "", b.rate().toPlainString(), b.amounts().csv())));
        r.b2cs().forEach(b -> out.append(row("b2cs", "", "", "", "", "", "", b.placeOfSupply(), "", "", b.rate().toPlainString(),
                b.amounts().csv())));
        r.cdnr().forEach(c -> out.append(row("cdnr", c.gstin(), c.partyName(), c.noteNumber(), String.valueOf(c.noteDate()),
                c.originalInvoiceNumber(), c.noteValue().toPlainString(), "", "", "", c.rate().toPlainString(), c.amounts().csv())));
        r.hsn().forEach(h -> out.append(row("hsn", "", "", "", "", "", "", "", h.hsn(), h.quantity().toPlainString(),
                h.rate().toPlainString(), h.amounts().csv())));
        return out.toString();
    }

    static String gstr3b(GstReports.Gstr3b r) {
        return row("section", "", "", "", "", "", "", "", "", "", "", AMOUNTS)
                + row("3.1(a) outward taxable", "", "", "", "", "", "", "", "", "", "", r.outwardTaxable().csv())
                + row("3.1(c) nil rated and exempt", "", "", "", "", "", "", "", "", "", "", r.outwardZeroRated().csv())
                + row("4(A)(5) input tax credit", "", "", "", "", "", "", "", "", "", "", r.inputTaxCredit().csv())
                + row("net payable", "", "", "", "", "", "", "", "", "", "", r.netPayable().csv());
    }

    static String salesRegister(GstReports.SalesRegister r) {
        StringBuilder out = new StringBuilder(row("invoice_number", "invoice_type", "invoice_date", "party_name", "party_gstin",
                "place_of_supply", "round_off", "total", "", "", "", AMOUNTS));
        r.rows().forEach(x -> out.append(row(x.invoiceNumber(), x.invoiceType(), String.valueOf(x.invoiceDate()), x.partyName(),
                x.partyGstin(), x.placeOfSupply(), x.roundOff().toPlainString(), x.total().toPlainString(), "", "", "", x.amounts().csv())));
        return out.toString();
    }

    private static String row(String a, String b, String c, String d, String e, String f, String g, String h, String i, String j,
                              String k, String[] amounts) {
        List<String> cells = Stream.concat(Stream.of(a, b, c, d, e, f, g, h, i, j, k), Stream.of(amounts)).toList();
        return cells.stream().map(ReportCsv::quote).collect(Collectors.joining(",")) + "\r\n";
    }

    private static String quote(String value) {
        if (value == null) {
            return "";
        }
        String guarded = value.matches("^[=+\\-@].*") && !value.matches("^-?[0-9.]+$") ? "'" + value : value;
        return guarded.contains(",") || guarded.contains("\"") || guarded.contains("\n") ? "\"" + guarded.replace("\"", "\"\"") + "\"" : guarded;
    }
}
