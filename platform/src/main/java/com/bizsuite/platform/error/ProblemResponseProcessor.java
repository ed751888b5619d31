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
import io.micronaut.http.server.netty.NettyHttpRequest;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolationException;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The one place where every error body is written: framework errors (unknown route, 405,
 * 413, malformed JSON, unsatisfied arguments), validation failures, security rejections and
 * the platform's own {@link ApiException}s all end here, so clients always get the same shape.
 * Some of them never pass the filters (a request Netty could not decode), so the request id
 * header is set here too.
 */
@Primary
@Singleton
final class ProblemResponseProcessor implements ErrorResponseProcessor<ProblemBody> {

    static final MediaType PROBLEM_JSON = MediaType.of("application/problem+json");

    @Override
    public MutableHttpResponse<ProblemBody> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        HttpRequest<?> request = context.getRequest();
        Throwable tooLong = tooLong(request);
        if (tooLong != null) {
            // Micronaut answers every request too large to decode 413, which is about bodies
            response.status(tooLong instanceof TooLongHttpLineException ? HttpStatus.REQUEST_URI_TOO_LONG
                    : HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE);
        }
        HttpStatus status = response.getStatus();
        Throwable cause = context.getRootCause().orElse(tooLong);
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
        String requestId = RequestIds.of(request);
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
                requestId);
        response.getHeaders().set(RequestIds.HEADER, requestId);
        return response.contentType(PROBLEM_JSON).body(body);
    }

    /** Why Netty refused to decode the request, when it was for the size of its line or headers. */
    private static Throwable tooLong(HttpRequest<?> request) {
        if (request instanceof NettyHttpRequest<?> netty) {
            Throwable failure = netty.getNativeRequest().decoderResult().cause();
            if (failure instanceof TooLongHttpLineException || failure instanceof TooLongHttpHeaderException) {
                return failure;
            }
        }
        return null;
    }

    private static String firstMessage(ErrorContext context) {
        return context.getErrors().stream().map(Error::getMessage).findFirst().orElse(null);
    }
}
