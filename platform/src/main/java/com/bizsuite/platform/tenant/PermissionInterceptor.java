package com.bizsuite.platform.tenant;

import com.bizsuite.platform.error.ApiException;
import io.micronaut.aop.InterceptorBean;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;

import java.util.UUID;

/** The one place tenant permissions are enforced, before validation and before the handler. */
@Singleton
@InterceptorBean(RequiresPermission.class)
final class PermissionInterceptor implements MethodInterceptor<Object, Object>, Ordered {

    private final TenantAccess access;
    private final PermissionCache cache;

    PermissionInterceptor(TenantAccess access, PermissionCache cache) {
        this.access = access;
        this.cache = cache;
    }

    @Override
    public int getOrder() {
        return -200;
    }

    @Override
    public Object intercept(MethodInvocationContext<Object, Object> context) {
        String permission = context.stringValue(RequiresPermission.class).orElseThrow();
        String businessPath = context.stringValue(RequiresPermission.class, "businessPath").orElse("");
        HttpRequest<?> request = ServerRequestContext.currentRequest()
                .orElseThrow(() -> new IllegalStateException("@RequiresPermission outside a request"));
        UUID businessId = businessPath.isEmpty()
                ? TenantBinder.parse(request.getHeaders().get(Tenant.HEADER)).businessId()
                : (UUID) context.getParameterValueMap().get(businessPath);
        UUID userId = request.getUserPrincipal(Authentication.class)
                .map(a -> UUID.fromString(a.getName()))
                .orElseThrow(() -> ApiException.unauthorized("Unauthorized"));
        var permissions = cache.get(businessId, userId).orElseGet(() -> {
            var read = access.permissionsOf(businessId, userId);
            cache.put(businessId, userId, read);
            return read;
        });
        if (permissions.isEmpty()) {
            throw ApiException.forbidden("You are not a member of this business");
        }
        if (!permissions.contains(permission)) {
            throw ApiException.forbidden("Missing permission " + permission);
        }
        return context.proceed();
    }
}
