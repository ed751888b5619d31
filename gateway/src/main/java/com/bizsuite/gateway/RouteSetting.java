package com.bizsuite.gateway;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.core.annotation.Nullable;

import java.time.Duration;

/** One entry of {@code bizsuite.gateway.routes}: a path pattern, the service that owns it, its own time-out if any. */
@EachProperty(value = "bizsuite.gateway.routes", list = true)
record RouteSetting(String path, String service, @Nullable Duration timeout) {
}
