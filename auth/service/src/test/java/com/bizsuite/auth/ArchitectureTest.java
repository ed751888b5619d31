package com.bizsuite.auth;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The auth module's package rules (STYLE.md §5). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArchitectureTest {

    private JavaClasses auth;

    @BeforeAll
    void importClasses() {
        auth = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.bizsuite.auth");
    }

    @Test
    void apiHoldsOnlyInterfacesAndRecords() {
        ArchRule rule = classes().that().resideInAPackage("com.bizsuite.auth.api..")
                .and().haveNameNotMatching(".*[$].*")
                .should().beInterfaces().orShould().beRecords();
        rule.check(auth);
    }

    @Test
    void apiDependsOnNothingOfTheService() {
        noClasses().that().resideInAPackage("com.bizsuite.auth.api..")
                .should().dependOnClassesThat().resideInAnyPackage("com.bizsuite.auth.login..", "com.bizsuite.auth.sessions..",
                        "com.bizsuite.auth.tokens..", "com.bizsuite.auth.users..", "com.bizsuite.auth.sms..")
                .check(auth);
    }

    @Test
    void noOtherModulesServiceIsReached() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "com.bizsuite.business..", "com.bizsuite.inventory..", "com.bizsuite.invoice..", "com.bizsuite.gateway..")
                .check(auth);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("com.bizsuite.auth.(*)..").should().beFreeOfCycles().check(auth);
    }

    @Test
    void controllersArePackagePrivateAndThin() {
        classes().that().areAnnotatedWith(Controller.class)
                .should().notHaveModifier(JavaModifier.PUBLIC)
                .check(auth);
        noClasses().that().areAnnotatedWith(Controller.class)
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .orShould().dependOnClassesThat().resideInAPackage("java.sql..")
                .check(auth);
    }

    @Test
    void everyControllerSaysWhoMayCallIt() {
        classes().that().areAnnotatedWith(Controller.class)
                .should().beMetaAnnotatedWith(io.micronaut.security.annotation.Secured.class)
                .check(auth);
    }

    @Test
    void exceptionHandlersLiveInPlatformOnly() {
        noClasses().should().implement(ExceptionHandler.class).check(auth);
    }

    @Test
    void noVagueNames() {
        noClasses().should().haveSimpleNameEndingWith("Impl")
                .orShould().haveSimpleNameEndingWith("Dto")
                .orShould().haveSimpleNameEndingWith("Helper")
                .orShould().haveSimpleNameEndingWith("Manager")
                .check(auth);
    }

    @Test
    void generalCodingRules() {
        NO_CLASSES_SHOULD_USE_FIELD_INJECTION.check(auth);
        NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(auth);
        NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(auth);
    }
}
