package com.bizsuite.platform.config;

/** Server, JSON, security, metrics, datasource and Redis defaults shared by every module. */
public final class PlatformDefaults extends ModuleDefaults {

    public PlatformDefaults() {
        super("bizsuite/platform-defaults.yml");
    }
}
