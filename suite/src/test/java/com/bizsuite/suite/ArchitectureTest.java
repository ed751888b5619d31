package com.bizsuite.suite;

import com.bizsuite.platform.idempotency.Idempotent;
import com.bizsuite.platform.tenant.RequiresPermission;
import com.bizsuite.testing.ModuleRules;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.micronaut.http.annotation.Post;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Rules across modules, checked on everything the suite runs. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArchitectureTest {

    private static final List<String> MODULES = com.bizsuite.testing.ModuleRules.MODULES;

    private JavaClasses all;
    private JavaClasses tests;

    @BeforeAll
    void importClasses() {
        all = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("/testing/"))
                .importPackages("com.bizsuite");
        tests = new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS).importPackages("com.bizsuite");
    }

    @Test
    void apisImportOnlyContractTypes() {
        ModuleRules.apiImportsOnlyContractTypes("com.bizsuite.*.api..").check(all);
    }

    @Test
    void noCyclesBetweenModulesNorInsideThem() {
        // modules, classes directly in com.bizsuite included
        ModuleRules.packagesHaveNoCycles("com.bizsuite").check(all);
        // the feature packages of each module and of the suite, each root package a slice of its own.
        // Not yet the platform: its error package calls web.RequestIds while web, security and tenant throw
        // error.ApiException, a known cycle to break (move RequestIds) before platform is added here.
        for (String module : MODULES) {
            ModuleRules.packagesHaveNoCycles("com.bizsuite." + module).check(all);
        }
        ModuleRules.packagesHaveNoCycles("com.bizsuite.suite").check(all);
    }

    @Test
    void unitTestsDoNoIo() {
        ModuleRules.unitTestsDoNoIo(tests);
    }

    @Test
    void controllersTouchNoJdbcOrTransactions() {
        ModuleRules.controllersTouchNoJdbcOrTransactions(all);
    }

    @Test
    void platformKnowsNoModule() {
        noClasses().that().resideInAPackage("com.bizsuite.platform..")
                .should().dependOnClassesThat().resideInAnyPackage(MODULES.stream().map(m -> "com.bizsuite." + m + "..").toArray(String[]::new))
                .check(all);
    }

    @Test
    void modulesMeetOnlyThroughApis() {
        for (String module : MODULES) {
            noClasses().that().resideInAPackage("com.bizsuite." + module + "..")
                    .should().dependOnClassesThat(serviceOfAnotherModuleThan(module))
                    .allowEmptyShould(true)
                    .check(all);
        }
    }

    @Test
    void tenantPostsHonourIdempotencyKeys() {
        methods().that().areAnnotatedWith(Post.class).and().areAnnotatedWith(RequiresPermission.class)
                .should().beAnnotatedWith(Idempotent.class)
                .allowEmptyShould(true)
                .check(all);
    }

    private static DescribedPredicate<JavaClass> serviceOfAnotherModuleThan(String module) {
        return DescribedPredicate.describe("a service class of a module other than " + module, c -> {
            String pkg = c.getPackageName();
            for (String other : MODULES) {
                String root = "com.bizsuite." + other;
                if (!other.equals(module) && (pkg.equals(root) || pkg.startsWith(root + ".")) && !pkg.startsWith(root + ".api")) {
                    return true;
                }
            }
            return false;
        });
    }
}
