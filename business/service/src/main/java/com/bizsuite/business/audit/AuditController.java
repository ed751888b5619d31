package com.bizsuite.business.audit;

import com.bizsuite.platform.tenant.RequiresPermission;
import com.bizsuite.platform.web.DateParams;
import com.bizsuite.platform.web.Paging;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

@Controller("/api/v1/businesses/{id}/audit-logs")
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(property = "bizsuite.business.served", notEquals = "false")
class AuditController {

    // the old system's default, and the largest page its web client asks for
    private static final int OLD_DEFAULT_LIMIT = 100;
    private static final int OLD_MAX_LIMIT = 500;

    private final AuditLogQueries queries;
    private final AuditVerifier verifier;
    private final JsonMapper json;

    AuditController(AuditLogQueries queries, AuditVerifier verifier, JsonMapper json) {
        this.queries = queries;
        this.verifier = verifier;
        this.json = json;
    }

    /** The old list shape; {@code total} counts every matching entry, {@code logs} holds the requested page. */
    @Serdeable
    record AuditLogs(@JsonProperty("businessId") UUID businessId, long total, int page, int limit, List<AuditLogView> logs) {
    }

    @Get
    @RequiresPermission(value = "audit:view", businessPath = "id")
    HttpResponse<AuditLogs> list(UUID id, @Nullable @QueryValue String action, @Nullable @QueryValue UUID userId,
                                 @Nullable @QueryValue String entityType, @Nullable @QueryValue String entityId,
                                 @Nullable @QueryValue UUID targetUserId, @Nullable @QueryValue String startDate,
                                 @Nullable @QueryValue String endDate, @Nullable @QueryValue Integer page,
                                 @Nullable @QueryValue Integer limit) {
        Paging paging = Paging.of(page, limit, OLD_DEFAULT_LIMIT, OLD_MAX_LIMIT);
        var filter = new AuditLogQueries.Filter(id, action, userId, entityType, entityId, targetUserId,
                day("startDate", startDate, 0), day("endDate", endDate, 1));
        List<AuditLogView> rows = queries.page(filter, paging.offset(), paging.limit()).stream()
                .map(row -> AuditLogView.of(row, parse(row.oldValues()), parse(row.newValues()))).toList();
        long total = queries.count(filter);
        return HttpResponse.ok(new AuditLogs(id, total, paging.page(), paging.limit(), rows))
                .header(Paging.TOTAL_COUNT, String.valueOf(total));
    }

    @Get("/verify")
    @RequiresPermission(value = "audit:view", businessPath = "id")
    AuditVerifier.Verification verify(UUID id) {
        return verifier.verify(id);
    }

    private Object parse(String stored) {
        if (stored == null) {
            return null;
        }
        try {
            return json.readValue(stored, Argument.OBJECT_ARGUMENT);
        } catch (IOException e) {
            return stored;
        }
    }

    private static java.time.Instant day(String name, String value, int plusDays) {
        LocalDate date = DateParams.parse(name, value);
        return date == null ? null : date.plusDays(plusDays).atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
