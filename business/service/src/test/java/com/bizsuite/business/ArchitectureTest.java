package com.bizsuite.business;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.HttpMethodMapping;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.security.annotation.Secured;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The business module's package rules (STYLE.md §5). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArchitectureTest {

    private JavaClasses business;

    @BeforeAll
    void importClasses() {
        business = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.bizsuite.business");
    }

    @Test
    void apiHoldsOnlyInterfacesAndRecords() {
        classes().that().resideInAPackage("com.bizsuite.business.api..").and().haveNameNotMatching(".*[$].*")
                .should().beInterfaces().orShould().beRecords().check(business);
    }

    @Test
    void otherModulesAreReachedThroughTheirApiOnly() {
        noClasses().that().resideInAPackage("com.bizsuite.business..")
                .should().dependOnClassesThat(DescribedPredicate.describe("another module's service",
                        c -> c.getPackageName().matches("com\\.bizsuite\\.(auth|inventory|invoice|gateway)\\.(?!api\\b).*")
                                || c.getPackageName().matches("com\\.bizsuite\\.(auth|inventory|invoice|gateway)")))
                .check(business);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("com.bizsuite.business.(*)..").should().beFreeOfCycles().check(business);
    }

    @Test
    void controllersArePackagePrivateAndThin() {
        classes().that().areAnnotatedWith(Controller.class).should().notHaveModifier(JavaModifier.PUBLIC).check(business);
        noClasses().that().areAnnotatedWith(Controller.class)
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .orShould().dependOnClassesThat().resideInAPackage("java.sql..")
                .check(business);
    }

    @Test
    void everyRouteSaysWhoMayCallIt() {
        methods().that().areMetaAnnotatedWith(HttpMethodMapping.class)
                .should(new ArchCondition<>("be secured (a permission, @Authenticated or @PublicRoute)") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        boolean secured = method.isMetaAnnotatedWith(Secured.class) || method.getOwner().isMetaAnnotatedWith(Secured.class);
                        events.add(new SimpleConditionEvent(method, secured, method.getFullName() + " has no access rule"));
                    }
                })
                .check(business);
    }

    @Test
    void exceptionHandlersLiveInPlatformOnly() {
        noClasses().should().implement(ExceptionHandler.class).check(business);
    }

    @Test
    void noVagueNames() {
        noClasses().should().haveSimpleNameEndingWith("Impl").orShould().haveSimpleNameEndingWith("Dto")
                .orShould().haveSimpleNameEndingWith("Helper").orShould().haveSimpleNameEndingWith("Manager")
                .check(business);
    }

    @Test
    void generalCodingRules() {
        NO_CLASSES_SHOULD_USE_FIELD_INJECTION.check(business);
        NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(business);
        NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(business);
    }
}
