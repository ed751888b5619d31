package com.bizsuite.business;

import com.bizsuite.platform.config.ModuleDefaults;

public final class BusinessDefaults extends ModuleDefaults {

    public BusinessDefaults() {
        super("bizsuite/business-defaults.yml");
    }
}
