package com.bizsuite.business.app;

import com.bizsuite.platform.launch.ServiceLauncher;

/** The business service: `java -jar bizsuite-business.jar` serves it on port 8082; `... migrate` migrates its schemas and exits. */
public final class BusinessApplication {

    private BusinessApplication() {
    }

    public static void main(String[] args) {
        ServiceLauncher.run(BusinessApplication.class, "business", args);
    }
}
