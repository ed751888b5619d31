package com.bizsuite.invoice;

import com.bizsuite.platform.config.ModuleDefaults;

public final class InvoiceDefaults extends ModuleDefaults {

    public InvoiceDefaults() {
        super("bizsuite/invoice-defaults.yml");
    }
}
