package com.bizsuite.auth.app;

import com.bizsuite.platform.launch.ServiceLauncher;

/** The auth service: `java -jar bizsuite-auth.jar` serves it on port 8081; `... migrate` migrates its schemas and exits. */
public final class AuthApplication {

    private AuthApplication() {
    }

    public static void main(String[] args) {
        ServiceLauncher.run(AuthApplication.class, "auth", args);
    }
}
