package com.bizsuite.platform.idempotency;

import io.micronaut.aop.Around;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A POST that honours {@code Idempotency-Key}: the first response (status and body) is stored
 * with the write, in its transaction, and replayed for 24 hours; the same key with another body
 * is 422; a key whose first request is still running is 409. The handler must return
 * {@code HttpResponse}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Around
public @interface Idempotent {
}
