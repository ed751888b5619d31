package com.bizsuite.auth;

import com.bizsuite.testing.ModuleArchitectureTest;

/** The auth module keeps the package rules of STYLE.md §5. */
class ArchitectureTest extends ModuleArchitectureTest {

    ArchitectureTest() {
        super("auth");
    }
}
