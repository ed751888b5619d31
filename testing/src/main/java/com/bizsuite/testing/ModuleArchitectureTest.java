package com.bizsuite.testing;

import org.junit.jupiter.api.Test;

/** Every module's ArchitectureTest: the rules of {@link ModuleRules}, one test each. */
public abstract class ModuleArchitectureTest {

    private final ModuleRules rules;

    protected ModuleArchitectureTest(String module) {
        this.rules = ModuleRules.of(module);
    }

    @Test
    void apiHoldsOnlyInterfacesAndRecords() {
        rules.apiHoldsOnlyInterfacesAndRecords();
    }

    @Test
    void apiImportsOnlyContractTypes() {
        rules.apiImportsOnlyContractTypes();
    }

    @Test
    void unitTestsDoNoIo() {
        rules.unitTestsDoNoIo();
    }

    @Test
    void controllersTouchNoJdbcOrTransactions() {
        rules.controllersTouchNoJdbcOrTransactions();
    }

    @Test
    void otherModulesAreReachedThroughTheirApiOnly() {
        rules.otherModulesAreReachedThroughTheirApiOnly();
    }

    @Test
    void featurePackagesHaveNoCycles() {
        rules.featurePackagesHaveNoCycles();
    }

    @Test
    void controllersArePackagePrivateAndThin() {
        rules.controllersArePackagePrivateAndThin();
    }

    @Test
    void everyRouteSaysWhoMayCallIt() {
        rules.everyRouteSaysWhoMayCallIt();
    }

    @Test
    void exceptionHandlersLiveInPlatformOnly() {
        rules.exceptionHandlersLiveInPlatformOnly();
    }

    @Test
    void noVagueNames() {
        rules.noVagueNames();
    }

    @Test
    void generalCodingRules() {
        rules.generalCodingRules();
    }
}
