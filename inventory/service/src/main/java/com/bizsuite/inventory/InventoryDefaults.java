package com.bizsuite.inventory;

import com.bizsuite.platform.config.ModuleDefaults;

public final class InventoryDefaults extends ModuleDefaults {

    public InventoryDefaults() {
        super("bizsuite/inventory-defaults.yml");
    }
}
