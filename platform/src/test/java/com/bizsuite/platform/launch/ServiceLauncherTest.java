package com.bizsuite.platform.launch;

import com.bizsuite.platform.launch.ServiceLauncher.SchemaMode;
import com.bizsuite.platform.persistence.SchemaMigrator.Migration;
import com.bizsuite.platform.persistence.SchemaMigrator.SchemaInfo;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServiceLauncherTest {

    @Test
    void theSchemaModeIsTheArgumentThatNamesOne() {
        assertThat(ServiceLauncher.schemaMode(new String[]{})).isEmpty();
        assertThat(ServiceLauncher.schemaMode(new String[]{"--micronaut.server.port=9000"})).isEmpty();
        assertThat(ServiceLauncher.schemaMode(new String[]{"migrate"})).isEqualTo(Optional.of(SchemaMode.MIGRATE));
        assertThat(ServiceLauncher.schemaMode(new String[]{"info"})).isEqualTo(Optional.of(SchemaMode.INFO));
        assertThat(ServiceLauncher.schemaMode(new String[]{"-x", "validate"})).isEqualTo(Optional.of(SchemaMode.VALIDATE));
        assertThat(ServiceLauncher.schemaMode(new String[]{"MIGRATE"})).as("modes are lower case").isEmpty();
    }

    @Test
    void twoModesAtOnceAreRefused() {
        assertThatThrownBy(() -> ServiceLauncher.schemaMode(new String[]{"migrate", "validate"}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void infoListsEachSchemaWithItsVersionPendingCountAndMigrations() {
        String text = ServiceLauncher.describe(List.of(
                new SchemaInfo("auth", "20261123120000", List.of(new Migration("-", "<< Flyway Schema Creation >>", "SUCCESS"),
                        new Migration("20261123120000", "users", "SUCCESS"), new Migration("20261206000000", "devices", "PENDING"))),
                new SchemaInfo("platform", "none", List.of(new Migration("1", "idempotency", "PENDING")))));
        assertThat(text.lines()).containsExactly(
                "schema auth: version 20261123120000, 1 pending",
                "  -               SUCCESS         << Flyway Schema Creation >>",
                "  20261123120000  SUCCESS         users",
                "  20261206000000  PENDING         devices",
                "schema platform: version none, 1 pending",
                "  1               PENDING         idempotency");
    }
}
