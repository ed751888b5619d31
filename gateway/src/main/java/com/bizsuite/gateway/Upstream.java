package com.bizsuite.gateway;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;
import io.micronaut.core.annotation.Nullable;

import java.net.URI;
import java.time.Duration;

/**
 * A service behind the gateway ({@code bizsuite.gateway.services.<name>}): where it listens and how
 * long its routes may take to answer unless a route says otherwise (default 10 s).
 */
@EachProperty("bizsuite.gateway.services")
record Upstream(@Parameter String name, URI url, @Nullable Duration timeout) {

    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    Duration timeoutOrDefault() {
        return timeout == null ? DEFAULT_TIMEOUT : timeout;
    }
}
