package com.bizsuite.invoice;

import com.bizsuite.testing.ModuleArchitectureTest;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The invoice module keeps the package rules of STYLE.md §5; its GST engine stays pure. */
class ArchitectureTest extends ModuleArchitectureTest {

    ArchitectureTest() {
        super("invoice");
    }

    @Test
    void gstEngineDoesNoIo() {
        noClasses().that().resideInAPackage("com.bizsuite.invoice.gst..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "java.net..", "io.micronaut.data..", "io.micronaut.http..",
                        "java.io..", "java.nio..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("com.bizsuite.invoice"));
    }
}
