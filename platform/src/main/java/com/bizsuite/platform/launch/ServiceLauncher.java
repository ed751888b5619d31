package com.bizsuite.platform.launch;

import com.bizsuite.platform.persistence.SchemaMigrator;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import io.micronaut.runtime.server.EmbeddedServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The entry point every service shares. A schema mode works on the service's own schemas and
 * exits; anything else starts the service. With {@code MICRONAUT_ENVIRONMENTS=prod} a service
 * does not migrate on start and is not ready while its schemas are behind.
 * <ul>
 *   <li>{@code migrate} applies pending migrations (the Kubernetes Job runs it before traffic moves);</li>
 *   <li>{@code info} prints each schema's version and every migration's state;</li>
 *   <li>{@code validate} exits 1 unless every schema matches this build: nothing pending or changed
 *   (migrations applied by a newer build are accepted, ADR 0015).</li>
 * </ul>
 */
public final class ServiceLauncher {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceLauncher.class);

    /** What a launch does besides serving. */
    public enum SchemaMode {
        MIGRATE, INFO, VALIDATE
    }

    private ServiceLauncher() {
    }

    public static void run(Class<?> application, String name, String[] args) {
        Optional<SchemaMode> mode = schemaMode(args);
        if (mode.isPresent()) {
            System.exit(schemas(application, mode.get(), args, Map.of(), System.out));
        }
        long started = System.nanoTime();
        ApplicationContext context = Micronaut.build(args).mainClass(application).start();
        EmbeddedServer server = context.getBean(EmbeddedServer.class);
        LOG.info("BizSuite {} ready in {} ms on port {}", name, (System.nanoTime() - started) / 1_000_000, server.getPort());
    }

    /** The schema mode the arguments name, if any; naming two is an error. */
    static Optional<SchemaMode> schemaMode(String[] args) {
        List<SchemaMode> named = Arrays.stream(SchemaMode.values())
                .filter(mode -> Arrays.asList(args).contains(mode.name().toLowerCase()))
                .toList();
        if (named.size() > 1) {
            throw new IllegalArgumentException("One of migrate, info or validate, not " + named);
        }
        return named.stream().findFirst();
    }

    /**
     * Runs a schema mode without the HTTP server and answers the process's exit code: 0 when done
     * (for {@code validate}: when every schema matches), 1 otherwise. {@code properties} add to the
     * environment's settings (tests name their database with them).
     */
    public static int schemas(Class<?> application, SchemaMode mode, String[] args, Map<String, Object> properties, PrintStream out) {
        Map<String, Object> settings = new HashMap<>(properties);
        settings.put("bizsuite.migrations.on-start", false);
        settings.put("micronaut.server.enabled", false);
        try (ApplicationContext context = ApplicationContext.builder(application).args(args).properties(settings).start()) {
            SchemaMigrator migrator = context.getBean(SchemaMigrator.class);
            switch (mode) {
                case MIGRATE -> {
                    migrator.migrate();
                    LOG.info("Migrated {}", migrator.schemas());
                }
                case INFO -> out.print(describe(migrator.info()));
                case VALIDATE -> {
                    migrator.validate();
                    out.println("Valid: " + String.join(", ", migrator.schemas()) + " match this build");
                }
            }
            return 0;
        } catch (RuntimeException e) {
            LOG.error("{} failed: {}", mode.name().toLowerCase(), e.getMessage(), e);
            return 1;
        }
    }

    /** A table per schema: its version, then each migration's version, state and description. */
    static String describe(List<SchemaMigrator.SchemaInfo> schemas) {
        StringBuilder text = new StringBuilder();
        for (SchemaMigrator.SchemaInfo schema : schemas) {
            text.append(String.format("schema %s: version %s, %d pending%n", schema.schema(), schema.currentVersion(), schema.pending()));
            for (SchemaMigrator.Migration m : schema.migrations()) {
                text.append(String.format("  %-15s %-15s %s%n", m.version(), m.state(), m.description()));
            }
        }
        return text.toString();
    }
}
