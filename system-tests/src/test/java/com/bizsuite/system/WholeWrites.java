package com.bizsuite.system;

import com.bizsuite.testing.ApiClient;
import com.bizsuite.testing.ApiResponse;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether what one business's invoices wrote is whole after a fault: every issued invoice numbered
 * without gaps, with its lines, its stock movements and its audit entries, and nothing written for
 * an invoice that does not exist. Checked through the public API as a client can, and in
 * PostgreSQL for what the API cannot show. Each check answers the problems it found (none, when
 * all is well), so a failure names them all.
 */
final class WholeWrites {

    // that of SplitFixture.INVOICE_DATE
    private static final String FINANCIAL_YEAR = "2026-27";

    // each query lists what is half-written: a description per offending row
    private static final Map<String, String> HALF_WRITTEN = queries();

    private final ApiClient api;
    private final String business;
    private final String[] tenant;

    /** {@code tenant}: the headers of a request as the business's owner. */
    WholeWrites(ApiClient api, String business, String... tenant) {
        this.api = api;
        this.business = business;
        this.tenant = tenant;
    }

    /** Every sale invoice of the business (drafts too), as the invoice list shows them, page by page. */
    List<Map<?, ?>> invoices() {
        return rows("/api/v1/invoices?invoiceType=sale", "invoices", 200);
    }

    /** The ids of the business's issued invoices. */
    Set<String> issuedInvoices() {
        Set<String> ids = new HashSet<>();
        invoices().stream().filter(i -> "issued".equals(i.get("status"))).forEach(i -> ids.add((String) i.get("id")));
        return ids;
    }

    // the rows of a paged list, every page of it
    private List<Map<?, ?>> rows(String path, String field, int limit) {
        List<Map<?, ?>> rows = new ArrayList<>();
        for (int page = 1; ; page++) {
            List<?> chunk = (List<?>) expect(api.get(path + "&limit=" + limit + "&page=" + page, tenant), 200).at(field);
            chunk.forEach(row -> rows.add((Map<?, ?>) row));
            if (chunk.size() < limit) {
                return rows;
            }
        }
    }

    /** What the API shows wrong with {@code issued} (the invoices clients saw issued) and the stock of {@code items}. */
    List<String> apiProblems(Collection<String> issued, Collection<String> items) {
        List<String> problems = new ArrayList<>();
        for (String id : issued) {
            ApiResponse invoice = api.get("/api/v1/invoices/" + id, tenant);
            if (invoice.status() != 200 || !"issued".equals(invoice.text("status")) || invoice.text("invoice_number") == null) {
                problems.add("invoice " + id + " that a client saw issued reads " + invoice);
            }
        }
        Set<String> moved = new HashSet<>();
        for (String item : items) {
            List<Object> history = expect(api.get("/api/v1/stock/items/" + item + "/history", tenant), 200).list();
            BigDecimal ledger = BigDecimal.ZERO;
            for (Object row : history) {
                Map<?, ?> movement = (Map<?, ?>) row;
                ledger = ledger.add(new BigDecimal((String) movement.get("new_stock")))
                        .subtract(new BigDecimal((String) movement.get("previous_stock")));
                if (movement.get("reference_id") != null) {
                    moved.add((String) movement.get("reference_id"));
                }
            }
            BigDecimal stock = new BigDecimal(expect(api.get("/api/v1/items/" + item, tenant), 200).text("current_stock"));
            if (stock.compareTo(ledger) != 0) {
                problems.add("item " + item + " has stock " + stock + " but its history adds up to " + ledger);
            }
        }
        issued.stream().filter(id -> !moved.contains(id)).forEach(id -> problems.add("invoice " + id + " has no stock movement in the history"));
        ApiResponse gaps = expect(api.get("/api/v1/invoices/number-gaps?series=sale&fy=" + FINANCIAL_YEAR, tenant), 200);
        if (!List.of().equals(gaps.at("gaps"))) {
            problems.add("the sale series has gaps: " + gaps);
        }
        ApiResponse verified = expect(api.get("/api/v1/businesses/" + business + "/audit-logs/verify", tenant), 200);
        if (!Boolean.TRUE.equals(verified.at("ok"))) {
            problems.add("the audit chain does not verify: " + verified);
        }
        Set<String> audited = new HashSet<>();
        rows("/api/v1/businesses/" + business + "/audit-logs?action=invoice.issue", "logs", 500)
                .forEach(row -> audited.add((String) row.get("entity_id")));
        issued.stream().filter(id -> !audited.contains(id)).forEach(id -> problems.add("invoice " + id + " has no invoice.issue audit entry"));
        return problems;
    }

    /** What PostgreSQL holds half-written for {@code business}. */
    static List<String> databaseProblems(Connection database, String business) {
        List<String> problems = new ArrayList<>();
        HALF_WRITTEN.forEach((what, sql) -> {
            for (String row : rows(database, sql, business)) {
                problems.add(what + ": " + row);
            }
        });
        return problems;
    }

    /** Rows per table for {@code business}, for the figures. */
    static Map<String, String> counts(Connection database, String business) {
        Map<String, String> counts = new LinkedHashMap<>();
        counts.put("issued invoices", single(database, "SELECT count(*) FROM invoice.invoices WHERE business_id = ?::uuid AND status = 'issued'", business));
        counts.put("drafts", single(database, "SELECT count(*) FROM invoice.invoices WHERE business_id = ?::uuid AND status = 'draft'", business));
        counts.put("stock movements", single(database,
                "SELECT count(*) FROM inventory.stock_movements WHERE business_id = ?::uuid AND reference_id IS NOT NULL", business));
        counts.put("audit entries", single(database, "SELECT count(*) FROM business.audit_log WHERE business_id = ?::uuid", business));
        return counts;
    }

    private static Map<String, String> queries() {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("issued or cancelled without a number", """
                SELECT id::text FROM invoice.invoices WHERE business_id = ?::uuid AND status <> 'draft'
                AND (sequence_number IS NULL OR invoice_number IS NULL)""");
        q.put("a draft with a number", """
                SELECT id::text FROM invoice.invoices WHERE business_id = ?::uuid AND status = 'draft' AND sequence_number IS NOT NULL""");
        q.put("an invoice without lines", """
                SELECT i.id::text FROM invoice.invoices i WHERE i.business_id = ?::uuid
                AND NOT EXISTS (SELECT 1 FROM invoice.invoice_items l WHERE l.invoice_id = i.id)""");
        q.put("a series with a gap, or a counter ahead of its numbers (series, year, count, highest, counter)", """
                SELECT i.series || ' ' || i.financial_year || ' ' || count(*) || ' ' || max(i.sequence_number) || ' ' || max(c.last_number)
                FROM invoice.invoices i JOIN invoice.number_counters c
                  ON c.business_id = i.business_id AND c.series = i.series AND c.financial_year = i.financial_year
                WHERE i.business_id = ?::uuid AND i.sequence_number IS NOT NULL GROUP BY i.series, i.financial_year
                HAVING count(*) <> max(i.sequence_number) OR max(c.last_number) <> max(i.sequence_number)""");
        q.put("an issued invoice whose stock movements do not match its lines", """
                SELECT i.id::text FROM invoice.invoices i WHERE i.business_id = ?::uuid AND i.status = 'issued'
                AND i.invoice_type IN ('sale', 'purchase')
                AND (SELECT coalesce(sum(l.quantity), 0) FROM invoice.invoice_items l WHERE l.invoice_id = i.id AND l.item_id IS NOT NULL)
                 <> (SELECT coalesce(sum(abs(m.quantity)), 0) FROM inventory.stock_movements m
                     WHERE m.business_id = i.business_id AND m.reference_id = i.id)""");
        q.put("a stock movement of a document that is not an issued invoice", """
                SELECT m.id::text FROM inventory.stock_movements m WHERE m.business_id = ?::uuid AND m.reference_type LIKE '%_invoice'
                AND NOT EXISTS (SELECT 1 FROM invoice.invoices i WHERE i.id = m.reference_id AND i.status <> 'draft')""");
        q.put("a stock level that is not the sum of its ledger", """
                SELECT s.item_id::text FROM inventory.stock_levels s WHERE s.business_id = ?::uuid
                AND s.quantity <> (SELECT coalesce(sum(m.quantity), 0) FROM inventory.stock_movements m
                                   WHERE m.business_id = s.business_id AND m.item_id = s.item_id AND m.warehouse_id = s.warehouse_id)""");
        q.put("an invoice without its invoice.create audit entry", """
                SELECT i.id::text FROM invoice.invoices i WHERE i.business_id = ?::uuid AND NOT EXISTS (SELECT 1 FROM business.audit_log a
                  WHERE a.business_id = i.business_id AND a.entity_id = i.id::text AND a.action = 'invoice.create')""");
        q.put("an issued invoice without its invoice.issue audit entry", """
                SELECT i.id::text FROM invoice.invoices i WHERE i.business_id = ?::uuid AND i.status <> 'draft' AND NOT EXISTS (
                  SELECT 1 FROM business.audit_log a WHERE a.business_id = i.business_id AND a.entity_id = i.id::text AND a.action = 'invoice.issue')""");
        q.put("an audit entry of an invoice that does not exist", """
                SELECT a.entity_id FROM business.audit_log a WHERE a.business_id = ?::uuid AND a.entity_type = 'invoice'
                AND NOT EXISTS (SELECT 1 FROM invoice.invoices i WHERE i.id::text = a.entity_id)""");
        q.put("an audit chain whose head is not its last entry (head, entries, highest)", """
                SELECT h.last_seq || ' ' || count(a.id) || ' ' || max(a.seq) FROM business.audit_heads h
                JOIN business.audit_log a ON a.business_id = h.business_id WHERE h.business_id = ?::uuid GROUP BY h.last_seq
                HAVING count(a.id) <> h.last_seq OR max(a.seq) <> h.last_seq""");
        q.put("an Idempotency-Key left in progress", """
                SELECT idempotency_key FROM platform.idempotency_keys WHERE scope_id = ?::uuid AND response_status IS NULL""");
        return q;
    }

    private static List<String> rows(Connection database, String sql, String business) {
        try (PreparedStatement statement = database.prepareStatement(sql)) {
            statement.setString(1, business);
            List<String> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static String single(Connection database, String sql, String business) {
        return rows(database, sql, business).getFirst();
    }

    private static ApiResponse expect(ApiResponse response, int status) {
        if (response.status() != status) {
            throw new AssertionError("expected " + status + ": " + response);
        }
        return response;
    }
}
