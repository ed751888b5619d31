package com.bizsuite.platform.tenant;

import io.micronaut.aop.Around;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The permission a tenant route needs, e.g. {@code @RequiresPermission("party:create")}. The
 * business comes from the {@code x-business-id} header, or from the path variable named by
 * {@link #businessPath()} on routes such as {@code /businesses/{id}/users}. Checked before the
 * handler runs: missing header 400, not a member or no permission 403.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD})
@Around
@Secured(SecurityRule.IS_AUTHENTICATED)
public @interface RequiresPermission {

    String value();

    /** Name of the path variable that holds the business id; empty means the x-business-id header. */
    String businessPath() default "";
}
