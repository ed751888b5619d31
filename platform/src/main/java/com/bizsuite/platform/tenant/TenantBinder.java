package com.bizsuite.platform.tenant;

import com.bizsuite.platform.error.ApiException;
import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import jakarta.inject.Singleton;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

@Singleton
final class TenantBinder implements TypedRequestArgumentBinder<Tenant> {

    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    @Override
    public Argument<Tenant> argumentType() {
        return Argument.of(Tenant.class);
    }

    @Override
    public BindingResult<Tenant> bind(ArgumentConversionContext<Tenant> context, HttpRequest<?> source) {
        Tenant tenant = parse(source.getHeaders().get(Tenant.HEADER));
        return () -> Optional.of(tenant);
    }

    static Tenant parse(String header) {
        if (header == null || header.isBlank()) {
            throw ApiException.badRequest("Business ID is required");
        }
        String value = header.trim();
        if (!UUID_TEXT.matcher(value).matches()) {
            throw ApiException.badRequest("x-business-id must be a UUID");
        }
        return new Tenant(UUID.fromString(value));
    }
}
