package com.bizsuite.invoice.app;

import com.bizsuite.platform.launch.ServiceLauncher;

/** The invoice service: `java -jar bizsuite-invoice.jar` serves it on port 8084; `... migrate` migrates its schemas and exits. */
public final class InvoiceApplication {

    private InvoiceApplication() {
    }

    public static void main(String[] args) {
        ServiceLauncher.run(InvoiceApplication.class, "invoice", args);
    }
}
