package com.bizsuite.invoice;

import com.bizsuite.testing.ApiTest;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static com.bizsuite.testing.ApiClient.bearer;
import static com.bizsuite.testing.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

/** The tax invoice PDF, parsed back to text. */
@MicronautTest(transactional = false)
class InvoicePdfIT extends ApiTest {

    @Test
    void aTaxInvoiceCarriesWhatTheLawAsks() throws IOException {
        LoggedIn owner = newUser();
        String business = api().post("/api/v1/businesses", object("name", "Asha Traders", "gstin", "27AAPFU0939F1ZV",
                "address_line1", "12 MG Road", "city", "Pune", "bank_name", "HDFC Bank", "bank_account_number", "50100123456789",
                "bank_ifsc", "HDFC0001234"), bearer(owner.accessToken())).text("id");
        String[] tenant = {"Authorization", "Bearer " + owner.accessToken(), "x-business-id", business};
        String buyer = api().post("/api/v1/parties", object("name", "Bengaluru Buyer", "gstin", "29AAGCB7383J1Z4",
                "billing_address_line1", "1 Residency Road", "billing_city", "Bengaluru"), tenant).text("id");
        var invoice = api().post("/api/v1/invoices", object("party_id", buyer, "invoice_type", "sale", "invoice_date", "2026-11-23",
                "items", List.of(object("item_name", "Steel rods", "hsn_code", "7214", "quantity", 10, "unit_price", "1234.50", "tax_rate", 18))),
                tenant);

        byte[] pdf = api().getBytes("/api/v1/invoices/" + invoice.text("id") + "/pdf", tenant);
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        Path file = Files.createTempFile("invoice", ".pdf");
        Files.write(file, pdf);
        PdfReader reader = new PdfReader(file.toString());
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        reader.close();

        assertThat(text).contains("TAX INVOICE", invoice.text("invoice_number"), "27AAPFU0939F1ZV", "29AAGCB7383J1Z4", "Asha Traders",
                "Bengaluru Buyer", "1 Residency Road", "29 Karnataka", "inter-state", "7214", "12345.00", "2222.10", "14567.10",
                "HDFC0001234", "Fourteen Thousand Five Hundred Sixty-Seven Rupees", "Round off");
    }
}
