package com.bizsuite.auth;

import com.bizsuite.platform.config.ModuleDefaults;

/** Token, session, OTP, rate-limit and SMS defaults of the auth module. */
public final class AuthDefaults extends ModuleDefaults {

    public AuthDefaults() {
        super("bizsuite/auth-defaults.yml");
    }
}
