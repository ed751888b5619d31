package com.bizsuite.auth;

import com.bizsuite.platform.persistence.ModuleSchema;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

@Factory
final class AuthSchema {

    @Singleton
    ModuleSchema authSchema() {
        return new ModuleSchema("auth", "classpath:db/auth");
    }
}
