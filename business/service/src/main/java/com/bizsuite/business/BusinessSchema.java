package com.bizsuite.business;

import com.bizsuite.platform.persistence.ModuleSchema;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

@Factory
final class BusinessSchema {

    @Singleton
    ModuleSchema businessSchema() {
        return new ModuleSchema("business", "classpath:db/business");
    }
}
