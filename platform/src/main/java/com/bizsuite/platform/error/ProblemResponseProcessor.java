package com.bizsuite.platform.error;

import com.bizsuite.platform.web.RequestIds;
import io.micronaut.context.annotation.Primary;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolationException;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The one place where every error body is written: framework errors (unknown route, 405,
 * 413, malformed JSON, unsatisfied arguments), validation failures, security rejections and
 * the platform's own {@link ApiException}s all end here, so clients always get the same shape.
 */
@Primary
@Singleton
final class ProblemResponseProcessor implements ErrorResponseProcessor<ProblemBody> {

    static final MediaType PROBLEM_JSON = MediaType.of("application/problem+json");

    @Override
    public MutableHttpResponse<ProblemBody> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        HttpRequest<?> request = context.getRequest();
        HttpStatus status = response.getStatus();
        Throwable cause = context.getRootCause().orElse(null);
        Object message;
        String type;
        if (cause instanceof ConstraintViolationException violations) {
            List<String> messages = ValidationMessages.of(violations);
            message = messages;
            type = "/problems/validation";
        } else {
            message = ClientMessages.describe(request, status, cause, firstMessage(context));
            type = "/problems/" + ClientMessages.slug(status);
        }
        String detail = message instanceof List<?> list ? String.join("; ", list.stream().map(String::valueOf).toList()) : (String) message;
        String path = request.getPath();
        ProblemBody body = new ProblemBody(
                type,
                status.getReason(),
                status.getCode(),
                detail,
                path,
                status.getCode(),
                status.getReason(),
                message,
                path,
                request.getMethodName(),
                Instant.now().truncatedTo(ChronoUnit.MILLIS).toString(),
                RequestIds.of(request));
        return response.contentType(PROBLEM_JSON).body(body);
    }

    private static String firstMessage(ErrorContext context) {
        return context.getErrors().stream().map(Error::getMessage).findFirst().orElse(null);
    }
}
