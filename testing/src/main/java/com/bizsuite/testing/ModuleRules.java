package com.bizsuite.testing;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
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
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.security.annotation.Secured;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The package rules every module keeps (STYLE.md §5), checked by each module's ArchitectureTest. */
public final class ModuleRules {

    public static final List<String> MODULES = List.of("auth", "business", "inventory", "invoice", "gateway");

    private final String module;
    private final JavaClasses classes;

    private ModuleRules(String module) {
        this.module = module;
        this.classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.bizsuite." + module);
    }

    private static final java.util.Map<String, ModuleRules> IMPORTED = new java.util.concurrent.ConcurrentHashMap<>();

    /** Imports a module's classes once per test JVM; importing is the slow part. */
    public static ModuleRules of(String module) {
        return IMPORTED.computeIfAbsent(module, ModuleRules::new);
    }

    public void apiHoldsOnlyInterfacesAndRecords() {
        classes().that().resideInAPackage(root() + ".api..").and().haveNameNotMatching(".*[$].*")
                .should().beInterfaces().orShould().beRecords().allowEmptyShould(true).check(classes);
    }

    public void otherModulesAreReachedThroughTheirApiOnly() {
        noClasses().should().dependOnClassesThat(serviceOfAnotherModule()).check(classes);
    }

    public void featurePackagesHaveNoCycles() {
        // a module of one package (the gateway) has no slices, and so no cycles
        slices().matching(root() + ".(*)..").should().beFreeOfCycles().allowEmptyShould(true).check(classes);
    }

    public void controllersArePackagePrivateAndThin() {
        classes().that().areAnnotatedWith(Controller.class).should().notHaveModifier(JavaModifier.PUBLIC).allowEmptyShould(true).check(classes);
        noClasses().that().areAnnotatedWith(Controller.class)
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .orShould().dependOnClassesThat().resideInAPackage("java.sql..")
                .allowEmptyShould(true)
                .check(classes);
    }

    public void everyRouteSaysWhoMayCallIt() {
        methods().that().areMetaAnnotatedWith(HttpMethodMapping.class)
                .and().areDeclaredInClassesThat().areNotAnnotatedWith(Client.class)
                .should(new ArchCondition<>("be secured (a permission, @Authenticated or @PublicRoute)") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        boolean secured = method.isMetaAnnotatedWith(Secured.class) || method.getOwner().isMetaAnnotatedWith(Secured.class);
                        events.add(new SimpleConditionEvent(method, secured, method.getFullName() + " has no access rule"));
                    }
                })
                .allowEmptyShould(true)
                .check(classes);
    }

    public void exceptionHandlersLiveInPlatformOnly() {
        noClasses().should().implement(ExceptionHandler.class).check(classes);
    }

    public void noVagueNames() {
        noClasses().should().haveSimpleNameEndingWith("Impl").orShould().haveSimpleNameEndingWith("Dto")
                .orShould().haveSimpleNameEndingWith("Helper").orShould().haveSimpleNameEndingWith("Manager")
                .check(classes);
    }

    public void generalCodingRules() {
        NO_CLASSES_SHOULD_USE_FIELD_INJECTION.check(classes);
        NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(classes);
        NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(classes);
    }

    private String root() {
        return "com.bizsuite." + module;
    }

    private DescribedPredicate<JavaClass> serviceOfAnotherModule() {
        return DescribedPredicate.describe("a service class of a module other than " + module, c -> {
            String pkg = c.getPackageName();
            for (String other : MODULES) {
                String otherRoot = "com.bizsuite." + other;
                if (!other.equals(module) && (pkg.equals(otherRoot) || pkg.startsWith(otherRoot + ".")) && !pkg.startsWith(otherRoot + ".api")) {
                    return true;
                }
            }
            return false;
        });
    }
}
