package com.bizsuite.invoice;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

/** Names this module's part of the API description; the suite merges every module's part. */
@OpenAPIDefinition(info = @Info(title = "BizSuite invoice", version = "1"))
final class InvoiceApiDescription {

    private InvoiceApiDescription() {
    }
}
