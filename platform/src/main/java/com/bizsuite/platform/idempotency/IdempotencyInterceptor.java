package com.bizsuite.platform.idempotency;

import com.bizsuite.platform.error.ApiException;
import com.bizsuite.platform.tenant.Tenant;
import io.micronaut.aop.InterceptorBean;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Runs an {@link Idempotent} handler inside one transaction that first claims the key. A
 * concurrent request with the same key waits at most briefly for the claim and is told 409;
 * a retry after completion gets the stored response, marked {@code Idempotent-Replay: true}.
 */
@Singleton
@InterceptorBean(Idempotent.class)
final class IdempotencyInterceptor implements MethodInterceptor<Object, Object>, Ordered {

    static final String HEADER = "Idempotency-Key";
    private static final Pattern SANE_KEY = Pattern.compile("[\\x21-\\x7e]{1,255}");

    private final TransactionOperations<Connection> transactions;
    private final IdempotencyRecords records;
    private final JsonMapper json;

    IdempotencyInterceptor(TransactionOperations<Connection> transactions, IdempotencyRecords records, JsonMapper json) {
        this.transactions = transactions;
        this.records = records;
        this.json = json;
    }

    @Override
    public int getOrder() {
        // after the permission check, before validation and the handler's own transaction
        return -150;
    }

    @Override
    public Object intercept(MethodInvocationContext<Object, Object> context) {
        HttpRequest<?> request = ServerRequestContext.currentRequest().orElse(null);
        String key = request == null ? null : request.getHeaders().get(HEADER);
        if (key == null) {
            return context.proceed();
        }
        if (!SANE_KEY.matcher(key).matches()) {
            throw ApiException.badRequest("Idempotency-Key must be 1 to 255 visible ASCII characters");
        }
        if (!HttpResponse.class.isAssignableFrom(context.getReturnType().getType())) {
            throw new IllegalStateException("@Idempotent handler must return HttpResponse: " + context.getExecutableMethod());
        }
        UUID scope = scopeOf(request);
        String hash = hash(request, bodyOf(context));
        return transactions.executeWrite(status -> {
            Connection connection = status.getConnection();
            Optional<IdempotencyRecords.Stored> earlier = records.claim(connection, scope, key, hash);
            if (earlier.isPresent()) {
                return replay(earlier.get(), hash);
            }
            Object result = context.proceed();
            HttpResponse<?> response = (HttpResponse<?>) result;
            records.complete(connection, scope, key, response.code(), serialize(response.body()));
            return result;
        });
    }

    private HttpResponse<?> replay(IdempotencyRecords.Stored stored, String hash) {
        if (!stored.requestHash().equals(hash)) {
            throw ApiException.unprocessable("This Idempotency-Key was used with a different request");
        }
        if (stored.status() == null) {
            throw ApiException.conflict("A request with this Idempotency-Key is still in progress");
        }
        var response = HttpResponse.status(HttpStatus.valueOf(stored.status())).header("Idempotent-Replay", "true");
        return stored.body() == null ? response : response.contentType(MediaType.APPLICATION_JSON_TYPE).body(stored.body());
    }

    private static UUID scopeOf(HttpRequest<?> request) {
        String business = request.getHeaders().get(Tenant.HEADER);
        if (business != null) {
            try {
                return UUID.fromString(business.trim());
            } catch (IllegalArgumentException ignored) {
                // the tenant check answers a malformed header; scope by user meanwhile
            }
        }
        return request.getUserPrincipal(Authentication.class).map(a -> UUID.fromString(a.getName()))
                .orElseThrow(() -> ApiException.unauthorized("Unauthorized"));
    }

    private Object bodyOf(MethodInvocationContext<Object, Object> context) {
        var parameters = context.getArguments();
        Object[] values = context.getParameterValues();
        for (int i = 0; i < parameters.length; i++) {
            if (parameters[i].getAnnotationMetadata().hasAnnotation(Body.class)) {
                return values[i];
            }
        }
        return null;
    }

    private String hash(HttpRequest<?> request, Object body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.getMethodName() + ' ' + request.getPath() + '\n').getBytes(StandardCharsets.UTF_8));
            String text = serialize(body);
            if (text != null) {
                digest.update(text.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String serialize(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(Argument.OBJECT_ARGUMENT, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
