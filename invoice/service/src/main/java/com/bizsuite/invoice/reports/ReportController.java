package com.bizsuite.invoice.reports;

import com.bizsuite.platform.error.ApiException;
import com.bizsuite.platform.tenant.RequiresPermission;
import com.bizsuite.platform.tenant.Tenant;
import com.bizsuite.platform.web.DateParams;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.time.LocalDate;
import java.util.function.Function;

/** GST reports for a period, JSON by default, CSV with {@code Accept: text/csv} or {@code ?format=csv}. */
@Controller("/api/v1/reports")
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces({MediaType.APPLICATION_JSON, "text/csv"})
class ReportController {

    private static final MediaType CSV = MediaType.of("text/csv");

    private final GstReports reports;

    ReportController(GstReports reports) {
        this.reports = reports;
    }

    @Get("/gstr1")
    @RequiresPermission("report:gst")
    HttpResponse<?> gstr1(HttpRequest<?> request, Tenant tenant, @Nullable @QueryValue String from, @Nullable @QueryValue String to,
                          @Nullable @QueryValue String format) {
        return respond(request, format, "gstr1", reports.gstr1(tenant.businessId(), day("from", from), day("to", to)), ReportCsv::gstr1);
    }

    @Get("/gstr3b")
    @RequiresPermission("report:gst")
    HttpResponse<?> gstr3b(HttpRequest<?> request, Tenant tenant, @Nullable @QueryValue String from, @Nullable @QueryValue String to,
                           @Nullable @QueryValue String format) {
        return respond(request, format, "gstr3b", reports.gstr3b(tenant.businessId(), day("from", from), day("to", to)), ReportCsv::gstr3b);
    }

    @Get("/sales-register")
    @RequiresPermission("report:view")
    HttpResponse<?> salesRegister(HttpRequest<?> request, Tenant tenant, @Nullable @QueryValue String from,
                                  @Nullable @QueryValue String to, @Nullable @QueryValue String format) {
        return respond(request, format, "sales-register", reports.salesRegister(tenant.businessId(), day("from", from), day("to", to)),
                ReportCsv::salesRegister);
    }

    private static <T> HttpResponse<?> respond(HttpRequest<?> request, String format, String name, T report, Function<T, String> csv) {
        String fromParam = request.getParameters().get("from");
        String toParam = request.getParameters().get("to");
        if (LocalDate.parse(toParam).isBefore(LocalDate.parse(fromParam))) {
            throw ApiException.badRequest("to: must not be before from");
        }
        String accept = request.getHeaders().get(HttpHeaders.ACCEPT);
        boolean wantsCsv = "csv".equals(format) || (format == null && accept != null && accept.contains("text/csv"));
        if (format != null && !format.matches("csv|json")) {
            throw ApiException.badRequest("format: must be csv or json");
        }
        if (wantsCsv) {
            return HttpResponse.ok(csv.apply(report)).contentType(CSV)
                    .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"");
        }
        return HttpResponse.ok(report).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    private static LocalDate day(String name, String value) {
        LocalDate date = DateParams.parse(name, value);
        if (date == null) {
            throw ApiException.badRequest(name + ": required, a date YYYY-MM-DD");
        }
        return date;
    }
}
