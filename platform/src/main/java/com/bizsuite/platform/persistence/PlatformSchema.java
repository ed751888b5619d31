package com.bizsuite.platform.persistence;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** The platform's own tables (idempotency records). */
@Factory
final class PlatformSchema {

    @Singleton
    ModuleSchema platformSchema() {
        return new ModuleSchema("platform", "classpath:db/platform");
    }
}
