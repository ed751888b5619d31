package com.bizsuite.testing;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.PackageMatcher;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.conditions.ArchConditions;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.HttpMethodMapping;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.security.annotation.Secured;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The package rules every module keeps (STYLE.md §5), checked by each module's ArchitectureTest. */
public final class ModuleRules {

    public static final List<String> MODULES = List.of("auth", "business", "inventory", "invoice", "gateway");

    private final String module;
    private final JavaClasses classes;
    private final JavaClasses tests;

    private ModuleRules(String module) {
        this.module = module;
        this.classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.bizsuite." + module);
        this.tests = new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
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

    public void apiImportsOnlyContractTypes() {
        apiImportsOnlyContractTypes(root() + ".api..").check(classes);
    }

    public void featurePackagesHaveNoCycles() {
        packagesHaveNoCycles(root()).check(classes);
    }

    public void unitTestsDoNoIo() {
        unitTestsDoNoIo(tests);
    }

    public void controllersTouchNoJdbcOrTransactions() {
        controllersTouchNoJdbcOrTransactions(classes);
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

    /** Types an api package may use: JDK, annotations, the declarative client, its own package (STYLE.md §1). */
    private static final List<String> API_ALLOWED_PACKAGES = List.of(
            "java..", "jakarta.annotation..", "jakarta.validation..", "io.micronaut.core.annotation..",
            "io.micronaut.serde.annotation..", "io.micronaut.http.annotation..",
            // declarative clients, retried once when the other service did not answer (ADR 0013)
            "io.micronaut.http.client.annotation..", "io.micronaut.retry.annotation..",
            "io.micronaut.http.client.exceptions..");
    // no io.swagger annotations: no api package uses them today
    private static final String REQUIRES = "io.micronaut.context.annotation.Requires";
    // Memberships extends it: which businesses a user belongs to is the tenant check's contract
    private static final String TENANT_ACCESS = "com.bizsuite.platform.tenant.TenantAccess";
    // a declarative client's read remembered in the caller's transaction, as the local implementation's is
    private static final String REMEMBERED = "com.bizsuite.platform.persistence.RememberedInTransaction";

    /**
     * Classes in the given api packages (nested types included) depend only on the allowed types.
     * Classes Micronaut generates into the package (bean definitions, introspections, named
     * {@code $...}) are not part of the contract and are left out.
     */
    public static ArchRule apiImportsOnlyContractTypes(String apiPackages) {
        DescribedPredicate<Dependency> allowed = DescribedPredicate.describe(
                "the target is in java.*, jakarta.annotation/validation, io.micronaut.{core,serde,http,http.client}.annotation, "
                        + "is " + REQUIRES + ", " + TENANT_ACCESS + " or " + REMEMBERED + ", or is in the origin's own api package",
                d -> {
                    // ArchUnit counts the default values of an annotation's members as dependencies: @Client brings
                    // HttpVersion, @Serdeable IdentityStrategy, @Requires TrueCondition although no api class names them.
                    // The annotation types themselves are still checked; class values set in an api annotation are not.
                    if (d.getDescription().contains("has annotation member of type")) {
                        return true;
                    }
                    JavaClass target = d.getTargetClass().getBaseComponentType();
                    String name = target.getName();
                    return target.isPrimitive()
                            || API_ALLOWED_PACKAGES.stream().anyMatch(p -> PackageMatcher.of(p).matches(target.getPackageName()))
                            || name.equals(REQUIRES) || name.startsWith(REQUIRES + "$")
                            || name.equals(TENANT_ACCESS) || name.equals(REMEMBERED)
                            || inPackage(target.getPackageName(), apiPackageOf(d.getOriginClass().getPackageName()));
                });
        return classes().that().resideInAPackage(apiPackages).and(notGeneratedByMicronaut())
                .should(ArchConditions.onlyHaveDependenciesWhere(allowed))
                .because("an api package is a contract other modules compile against: records, interfaces and annotations only")
                .allowEmptyShould(true);
    }

    /**
     * No cycles between the packages directly below {@code root}; classes directly in {@code root}
     * form a slice of their own, so they are checked too.
     */
    public static ArchRule packagesHaveNoCycles(String root) {
        return slices().assignedFrom(packagesBelow(root)).should().beFreeOfCycles()
                .because("feature packages of " + root + " (and its root package) must not depend on each other in a circle")
                .allowEmptyShould(true);
    }

    private static SliceAssignment packagesBelow(String root) {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass c) {
                String pkg = c.getPackageName();
                if (pkg.equals(root)) {
                    return SliceIdentifier.of(root + " (root package)");
                }
                if (pkg.startsWith(root + ".")) {
                    String rest = pkg.substring(root.length() + 1);
                    int dot = rest.indexOf('.');
                    return SliceIdentifier.of(root + "." + (dot < 0 ? rest : rest.substring(0, dot)));
                }
                return SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "packages below " + root + " and " + root + " itself";
            }
        };
    }

    /** {@code *Test} classes (surefire, nested types included) do no I/O; what needs a server, HTTP or a database is an {@code *IT}. */
    public static void unitTestsDoNoIo(JavaClasses testClasses) {
        noClasses().that().haveNameMatching(".*Test([$].*)?")
                .should().dependOnClassesThat(ioTypes())
                .orShould().beAssignableTo(RealInfrastructure.class)
                .because("*Test classes run in surefire and must stay fast: name a test that does I/O *IT, and a base class of ITs *Fixture")
                .allowEmptyShould(true)
                .check(testClasses);
    }

    private static DescribedPredicate<JavaClass> ioTypes() {
        List<String> packages = List.of("java.net.http..", "java.sql..");
        List<String> types = List.of("java.net.Socket", "java.net.ServerSocket", "java.net.URL", "java.net.URLConnection",
                "java.net.HttpURLConnection", "java.nio.file.Files", "io.micronaut.runtime.server.EmbeddedServer",
                ApiClient.class.getName(), ApiTest.class.getName(), RealInfrastructure.class.getName());
        return DescribedPredicate.describe("do I/O (HTTP, sockets, URL connections, JDBC, files, an embedded server, the testing module's API base classes)",
                c -> {
                    JavaClass t = c.getBaseComponentType();
                    String pkg = t.getPackageName();
                    // the HTTP client's exception types are plain values: a test may build them to check how failures are classified
                    boolean httpClient = inPackage(pkg, "io.micronaut.http.client") && !inPackage(pkg, "io.micronaut.http.client.exceptions");
                    return httpClient || packages.stream().anyMatch(p -> PackageMatcher.of(p).matches(pkg)) || types.contains(t.getName());
                });
    }

    /** Controllers (STYLE.md §3) leave SQL and transactions to the services they call. */
    public static void controllersTouchNoJdbcOrTransactions(JavaClasses classes) {
        noClasses().that().areAnnotatedWith(Controller.class)
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "io.micronaut.data.jdbc..",
                        "io.micronaut.data.connection..", "io.micronaut.transaction..", "jakarta.transaction..")
                .because("a controller binds HTTP to a service; the service owns JDBC and the transaction")
                .allowEmptyShould(true)
                .check(classes);
        noMethods().that().areDeclaredInClassesThat().areAnnotatedWith(Controller.class)
                .should().beAnnotatedWith("io.micronaut.transaction.annotation.Transactional")
                .orShould().beAnnotatedWith("jakarta.transaction.Transactional")
                .because("a controller binds HTTP to a service; the service owns JDBC and the transaction")
                .allowEmptyShould(true)
                .check(classes);
    }

    /** Bean definitions and introspections ({@code $...}) and AOP proxies (such as a client's {@code $Intercepted}). */
    private static DescribedPredicate<JavaClass> notGeneratedByMicronaut() {
        return DescribedPredicate.describe("are not generated by Micronaut",
                c -> !c.getName().substring(c.getPackageName().isEmpty() ? 0 : c.getPackageName().length() + 1).startsWith("$")
                        && !c.isAssignableTo("io.micronaut.aop.Intercepted") && !c.isAssignableTo("io.micronaut.aop.Introduced"));
    }

    private static String apiPackageOf(String pkg) {
        int api = pkg.indexOf(".api");
        while (api >= 0 && !(api + 4 == pkg.length() || pkg.charAt(api + 4) == '.')) {
            api = pkg.indexOf(".api", api + 1);
        }
        return api < 0 ? pkg : pkg.substring(0, api + 4);
    }

    private static boolean inPackage(String pkg, String root) {
        return pkg.equals(root) || pkg.startsWith(root + ".");
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
