package com.bizsuite.platform.web;

import com.bizsuite.platform.error.ApiException;
import com.bizsuite.platform.security.PublicRoute;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.swagger.v3.oas.annotations.Hidden;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Serves the API description generated at build time. */
@Hidden
@PublicRoute
@Controller
final class OpenApiController {

    private static final String SPEC = "META-INF/swagger/openapi.yml";
    private final byte[] spec;

    OpenApiController() {
        try (InputStream in = OpenApiController.class.getClassLoader().getResourceAsStream(SPEC)) {
            spec = in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Get("/openapi.yml")
    @Produces("application/yaml")
    HttpResponse<byte[]> openApi() {
        if (spec == null) {
            throw ApiException.notFound("API description");
        }
        return HttpResponse.ok(spec).contentType(MediaType.of("application/yaml"));
    }
}
