package com.bizsuite.inventory.app;

import com.bizsuite.platform.launch.ServiceLauncher;

/** The inventory service: `java -jar bizsuite-inventory.jar` serves it on port 8083; `... migrate` migrates its schemas and exits. */
public final class InventoryApplication {

    private InventoryApplication() {
    }

    public static void main(String[] args) {
        ServiceLauncher.run(InventoryApplication.class, "inventory", args);
    }
}
