package com.bizsuite.inventory;

import com.bizsuite.platform.persistence.ModuleSchema;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

@Factory
final class InventorySchema {

    @Singleton
    ModuleSchema inventorySchema() {
        return new ModuleSchema("inventory", "classpath:db/inventory");
    }
}
