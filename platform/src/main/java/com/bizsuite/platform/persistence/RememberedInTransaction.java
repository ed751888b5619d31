package com.bizsuite.platform.persistence;

import io.micronaut.aop.Around;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A read whose answer is remembered for the rest of the caller's transaction ({@link TransactionMemo}),
 * keyed on the method and its arguments. For a façade read over HTTP that one transaction makes
 * more than once (a business's settings, read by invoicing and by the stock moves it embeds), as the
 * local implementation remembers it. Only for what the transaction does not change.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Around
public @interface RememberedInTransaction {
}
