package com.bizsuite.platform.launch;

import com.bizsuite.platform.persistence.SchemaMigrator;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import io.micronaut.runtime.server.EmbeddedServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Arrays;
import java.util.Map;

/**
 * The entry point every service shares. {@code migrate} applies the service's own schemas and
 * exits (the Kubernetes Job and the migration workflow run it before traffic moves); anything
 * else starts the service. With {@code MICRONAUT_ENVIRONMENTS=prod} a service does not migrate
 * on start and is not ready while its schemas are behind.
 */
public final class ServiceLauncher {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceLauncher.class);

    private ServiceLauncher() {
    }

    public static void run(Class<?> application, String name, String[] args) {
        if (Arrays.asList(args).contains("migrate")) {
            System.exit(migrate(application, args));
        }
        long started = System.nanoTime();
        ApplicationContext context = Micronaut.build(args).mainClass(application).start();
        EmbeddedServer server = context.getBean(EmbeddedServer.class);
        LOG.info("BizSuite {} ready in {} ms on port {}", name, (System.nanoTime() - started) / 1_000_000, server.getPort());
    }

    private static int migrate(Class<?> application, String[] args) {
        try (ApplicationContext context = ApplicationContext.builder(application)
                .args(args)
                .properties(Map.of("bizsuite.migrations.on-start", false, "micronaut.server.enabled", false))
                .start()) {
            SchemaMigrator migrator = context.getBean(SchemaMigrator.class);
            migrator.migrate();
            LOG.info("Migrated {}", migrator.schemas());
            return 0;
        } catch (RuntimeException e) {
            LOG.error("Migration failed", e);
            return 1;
        }
    }
}
