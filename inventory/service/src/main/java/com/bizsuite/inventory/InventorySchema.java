package com.bizsuite.inventory;

import com.bizsuite.platform.persistence.ModuleSchema;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

@Factory
final class InventorySchema {

    @Singleton
    @Requires(property = "bizsuite.inventory.served", notEquals = "false")
    ModuleSchema inventorySchema() {
        return new ModuleSchema("inventory", "classpath:db/inventory");
    }
}
