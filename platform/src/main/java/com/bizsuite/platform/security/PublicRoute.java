package com.bizsuite.platform.security;

import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a route that needs no login. Every other route is closed by default: Micronaut
 * Security denies a route that no rule allows. An Authorization header on a public route,
 * valid or stale, changes nothing.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Secured(SecurityRule.IS_ANONYMOUS)
public @interface PublicRoute {
}
