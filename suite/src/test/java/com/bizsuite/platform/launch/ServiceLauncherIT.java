package com.bizsuite.platform.launch;

import com.bizsuite.platform.launch.ServiceLauncher.SchemaMode;
import com.bizsuite.suite.SuiteApplication;
import com.bizsuite.testing.RealInfrastructure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema modes against a real PostgreSQL, in a database of their own so that the order of
 * the steps is the test's: (platform cannot depend on the testing module, which depends on it,
 * and this test runs the suite's launcher over every module's schema, so it lives in the suite).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServiceLauncherIT {

    private Map<String, String> server;
    private String url;
    private String outbox;

    @BeforeAll
    void createDatabase() throws SQLException, java.io.IOException {
        outbox = java.nio.file.Files.createTempFile("launcher-it", ".jsonl").toString();
        server = RealInfrastructure.processEnvironment();
        String database = "launcher_it_" + System.nanoTime();
        try (Connection c = DriverManager.getConnection(server.get("JDBC_URL"), server.get("JDBC_USER"), server.get("JDBC_PASSWORD"));
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database);
        }
        url = server.get("JDBC_URL").replaceFirst("^(jdbc:postgresql://[^/]+/)[^?]*", "$1" + database);
    }

    @Test
    void infoAndValidateTellPendingFromAppliedFromChangedAndAcceptANewerSchema() throws SQLException {
        Run info = run(SchemaMode.INFO);
        assertThat(info.code).isZero();
        assertThat(info.out).contains("schema auth: version none", "schema invoice: version none", "PENDING");
        assertThat(run(SchemaMode.VALIDATE).code).as("pending migrations fail validate").isEqualTo(1);

        assertThat(run(SchemaMode.MIGRATE).code).isZero();
        Run migrated = run(SchemaMode.INFO);
        assertThat(migrated.out).contains("SUCCESS").doesNotContain("PENDING").containsPattern("schema inventory: version \\d+, 0 pending");
        Run valid = run(SchemaMode.VALIDATE);
        assertThat(valid.code).isZero();
        assertThat(valid.out).contains("Valid: ");

        sql("INSERT INTO inventory.flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by, "
                + "execution_time, success) SELECT max(installed_rank) + 1, '99991231000000', 'from a newer build', 'SQL', 'V99991231000000__newer.sql', 1, "
                + "current_user, 1, true FROM inventory.flyway_schema_history");
        assertThat(run(SchemaMode.VALIDATE).code).as("the previous build against the next one's schema").isZero();
        assertThat(run(SchemaMode.INFO).out).contains("FUTURE_SUCCESS");

        sql("UPDATE auth.flyway_schema_history SET checksum = checksum + 1 WHERE installed_rank = "
                + "(SELECT min(installed_rank) FROM auth.flyway_schema_history WHERE type = 'SQL')");
        assertThat(run(SchemaMode.VALIDATE).code).as("a migration changed after it was applied").isEqualTo(1);
    }

    private record Run(int code, String out) {
    }

    private Run run(SchemaMode mode) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = ServiceLauncher.schemas(SuiteApplication.class, mode, new String[0], Map.of(
                "datasources.default.url", url,
                "datasources.default.username", server.get("JDBC_USER"),
                "datasources.default.password", server.get("JDBC_PASSWORD"),
                "redis.uri", server.get("REDIS_URI"),
                // the auth module's beans start with the context, and they want an SMS channel
                "bizsuite.auth.sms.outbox-file", outbox), new PrintStream(out, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8));
    }

    private void sql(String statement) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, server.get("JDBC_USER"), server.get("JDBC_PASSWORD"));
             Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }
}
