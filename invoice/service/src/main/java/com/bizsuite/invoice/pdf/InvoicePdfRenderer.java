package com.bizsuite.invoice.pdf;

import com.bizsuite.business.api.PartySummary;
import com.bizsuite.business.api.Settings;
import com.bizsuite.invoice.issuing.InvoiceView;
import com.bizsuite.platform.gst.IndianStates;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.inject.Singleton;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A GST tax invoice on A4: seller and buyer with GSTIN and address, place of supply, lines with
 * HSN/SAC, the tax breakup per rate and head, round-off, the total in words, bank details.
 */
@Singleton
public class InvoicePdfRenderer {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8);
    private static final Font NORMAL = FontFactory.getFont(FontFactory.HELVETICA, 8);
    private static final Color SHADE = new Color(235, 239, 245);

    public byte[] render(InvoiceView invoice, Settings seller, PartySummary buyer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 30, 30, 30, 30);
        PdfWriter.getInstance(document, out);
        document.addTitle(title(invoice) + " " + (invoice.invoiceNumber() == null ? "(draft)" : invoice.invoiceNumber()));
        document.open();
        Paragraph heading = new Paragraph(title(invoice), TITLE);
        heading.setAlignment(Element.ALIGN_CENTER);
        document.add(heading);
        document.add(parties(invoice, seller, buyer));
        document.add(lines(invoice));
        document.add(taxBreakup(invoice));
        document.add(totals(invoice));
        document.add(new Paragraph("Amount in words: " + AmountInWords.of(invoice.totalAmount()), BOLD));
        if (seller.bankName() != null || seller.upiId() != null) {
            document.add(new Paragraph("Bank: " + nz(seller.bankName()) + "   A/c: " + nz(seller.bankAccountNumber()) + "   IFSC: "
                    + nz(seller.bankIfsc()) + (seller.upiId() == null ? "" : "   UPI: " + seller.upiId()), NORMAL));
        }
        if (invoice.terms() != null) {
            document.add(new Paragraph("Terms: " + invoice.terms(), NORMAL));
        }
        Paragraph sign = new Paragraph("For " + seller.name() + "\n\n\nAuthorised signatory", NORMAL);
        sign.setAlignment(Element.ALIGN_RIGHT);
        document.add(sign);
        document.close();
        return out.toByteArray();
    }

    private static String title(InvoiceView invoice) {
        return switch (invoice.invoiceType()) {
            case "credit_note" -> "CREDIT NOTE";
            case "quotation" -> "QUOTATION";
            case "proforma" -> "PROFORMA INVOICE";
            case "purchase" -> "PURCHASE INVOICE";
            default -> "TAX INVOICE";
        };
    }

    private static PdfPTable parties(InvoiceView invoice, Settings seller, PartySummary buyer) {
        PdfPTable table = new PdfPTable(2);
        table.setWidthPercentage(100);
        table.setSpacingBefore(8);
        table.addCell(cell("Seller\n" + seller.name() + "\n" + nz(seller.address()) + "\nGSTIN: " + nz(seller.gstin()) + "\nState: "
                + state(seller.stateCode()), NORMAL, null));
        table.addCell(cell("Invoice no: " + (invoice.invoiceNumber() == null ? "DRAFT" : invoice.invoiceNumber()) + "\nDate: "
                + invoice.invoiceDate() + (invoice.dueDate() == null ? "" : "\nDue: " + invoice.dueDate()) + "\nPlace of supply: "
                + state(invoice.placeOfSupply()) + "\nSupply: " + (invoice.isInterstate() ? "inter-state (IGST)" : "intra-state (CGST + SGST)"),
                NORMAL, null));
        table.addCell(cell("Bill to\n" + buyer.name() + "\n" + nz(buyer.billingAddress()) + "\nGSTIN: " + nz(buyer.gstin()), NORMAL, null));
        table.addCell(cell(buyer.shippingAddress() == null ? "Ship to: same as billing" : "Ship to\n" + buyer.shippingAddress(), NORMAL, null));
        return table;
    }

    private static PdfPTable lines(InvoiceView invoice) {
        String[] headers = {"#", "Item", "HSN/SAC", "Qty", "Rate", "Disc", "Taxable", "GST %", "Tax", "Total"};
        PdfPTable table = new PdfPTable(new float[]{3, 22, 9, 8, 9, 8, 11, 6, 10, 11});
        table.setWidthPercentage(100);
        table.setSpacingBefore(8);
        for (String header : headers) {
            table.addCell(cell(header, BOLD, SHADE));
        }
        for (InvoiceView.Line line : invoice.items()) {
            BigDecimal tax = line.cgstAmount().add(line.sgstAmount()).add(line.igstAmount()).add(line.cessAmount());
            for (String value : new String[]{String.valueOf(line.lineNo()), line.itemName(), nz(line.hsnCode()),
                    line.quantity().stripTrailingZeros().toPlainString() + (line.unit() == null ? "" : " " + line.unit()),
                    line.unitPrice().toPlainString(), line.discountAmount().toPlainString(), line.taxableAmount().toPlainString(),
                    line.gstRate().stripTrailingZeros().toPlainString(), tax.toPlainString(), line.totalAmount().toPlainString()}) {
                table.addCell(cell(value, NORMAL, null));
            }
        }
        return table;
    }

    private static PdfPTable taxBreakup(InvoiceView invoice) {
        Map<BigDecimal, BigDecimal[]> byRate = new TreeMap<>();
        for (InvoiceView.Line line : invoice.items()) {
            BigDecimal[] sums = byRate.computeIfAbsent(line.gstRate(), r -> new BigDecimal[]{BigDecimal.ZERO, BigDecimal.ZERO,
                    BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
            BigDecimal[] amounts = {line.taxableAmount(), line.cgstAmount(), line.sgstAmount(), line.igstAmount(), line.cessAmount()};
            for (int i = 0; i < sums.length; i++) {
                sums[i] = sums[i].add(amounts[i]);
            }
        }
        PdfPTable table = new PdfPTable(6);
        table.setWidthPercentage(70);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        table.setSpacingBefore(8);
        for (String header : List.of("GST rate", "Taxable", "CGST", "SGST", "IGST", "Cess")) {
            table.addCell(cell(header, BOLD, SHADE));
        }
        byRate.forEach((rate, sums) -> {
            table.addCell(cell(rate.stripTrailingZeros().toPlainString() + "%", NORMAL, null));
            for (BigDecimal sum : sums) {
                table.addCell(cell(sum.toPlainString(), NORMAL, null));
            }
        });
        return table;
    }

    private static PdfPTable totals(InvoiceView invoice) {
        PdfPTable table = new PdfPTable(2);
        table.setWidthPercentage(40);
        table.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.setSpacingBefore(8);
        String[][] rows = {{"Subtotal", invoice.subtotal().toPlainString()}, {"Discount", invoice.discountAmount().toPlainString()},
                {"Taxable value", invoice.taxableAmount().toPlainString()}, {"CGST", invoice.cgstAmount().toPlainString()},
                {"SGST", invoice.sgstAmount().toPlainString()}, {"IGST", invoice.igstAmount().toPlainString()},
                {"Cess", invoice.cessAmount().toPlainString()}, {"Round off", invoice.roundOff().toPlainString()},
                {"Total", invoice.totalAmount().toPlainString()}};
        for (String[] row : rows) {
            table.addCell(cell(row[0], row[0].equals("Total") ? BOLD : NORMAL, null));
            table.addCell(cell(row[1], row[0].equals("Total") ? BOLD : NORMAL, null));
        }
        return table;
    }

    private static PdfPCell cell(String text, Font font, Color background) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(4);
        if (background != null) {
            cell.setBackgroundColor(background);
        }
        return cell;
    }

    private static String state(String code) {
        return code == null ? "-" : code + " " + IndianStates.name(code).orElse("");
    }

    private static String nz(String value) {
        return value == null ? "-" : value;
    }
}
