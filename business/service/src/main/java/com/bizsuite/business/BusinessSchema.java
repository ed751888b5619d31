package com.bizsuite.business;

import com.bizsuite.platform.persistence.ModuleSchema;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

@Factory
final class BusinessSchema {

    @Singleton
    @Requires(property = "bizsuite.business.served", notEquals = "false")
    ModuleSchema businessSchema() {
        return new ModuleSchema("business", "classpath:db/business");
    }
}
