package com.bizsuite.invoice;

import com.bizsuite.platform.persistence.ModuleSchema;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

@Factory
final class InvoiceSchema {

    @Singleton
    ModuleSchema invoiceSchema() {
        return new ModuleSchema("invoice", "classpath:db/invoice");
    }
}
