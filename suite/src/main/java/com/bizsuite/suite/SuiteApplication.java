package com.bizsuite.suite;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import io.micronaut.runtime.server.EmbeddedServer;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every module in one JVM on one port. */
@OpenAPIDefinition(
        info = @Info(title = "BizSuite API", version = "1",
                description = "GST invoicing, inventory, parties, payments and the auth that guards them."),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public final class SuiteApplication {

    private static final Logger LOG = LoggerFactory.getLogger(SuiteApplication.class);

    private SuiteApplication() {
    }

    public static void main(String[] args) {
        long started = System.nanoTime();
        LocalInfrastructure infrastructure = LocalInfrastructure.fromEnvironment(System.getenv());
        ApplicationContext context = Micronaut.build(args)
                .mainClass(SuiteApplication.class)
                .properties(infrastructure.properties())
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(infrastructure::close));
        EmbeddedServer server = context.getBean(EmbeddedServer.class);
        String base = "http://localhost:" + server.getPort();
        LOG.info("BizSuite ready in {} ms at {} | API description {}/openapi.yml | browse {}/swagger-ui/index.html | readiness {}/health/readiness",
                (System.nanoTime() - started) / 1_000_000, base, base, base, base);
        infrastructure.describe().forEach(LOG::info);
    }
}
