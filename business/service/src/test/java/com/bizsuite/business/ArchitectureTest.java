package com.bizsuite.business;

import com.bizsuite.testing.ModuleRules;
import org.junit.jupiter.api.Test;

/** The business module keeps the package rules of STYLE.md §5. */
class ArchitectureTest {

    private static final ModuleRules RULES = ModuleRules.of("business");

    @Test
    void apiHoldsOnlyInterfacesAndRecords() {
        RULES.apiHoldsOnlyInterfacesAndRecords();
    }

    @Test
    void otherModulesAreReachedThroughTheirApiOnly() {
        RULES.otherModulesAreReachedThroughTheirApiOnly();
    }

    @Test
    void featurePackagesHaveNoCycles() {
        RULES.featurePackagesHaveNoCycles();
    }

    @Test
    void controllersArePackagePrivateAndThin() {
        RULES.controllersArePackagePrivateAndThin();
    }

    @Test
    void everyRouteSaysWhoMayCallIt() {
        RULES.everyRouteSaysWhoMayCallIt();
    }

    @Test
    void exceptionHandlersLiveInPlatformOnly() {
        RULES.exceptionHandlersLiveInPlatformOnly();
    }

    @Test
    void noVagueNames() {
        RULES.noVagueNames();
    }

    @Test
    void generalCodingRules() {
        RULES.generalCodingRules();
    }
}
