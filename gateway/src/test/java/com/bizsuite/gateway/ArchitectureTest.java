package com.bizsuite.gateway;

import com.bizsuite.testing.ModuleArchitectureTest;

/** The gateway keeps the package rules of STYLE.md §5. */
class ArchitectureTest extends ModuleArchitectureTest {

    ArchitectureTest() {
        super("gateway");
    }
}
