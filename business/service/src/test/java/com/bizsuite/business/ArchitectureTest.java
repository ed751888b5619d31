package com.bizsuite.business;

import com.bizsuite.testing.ModuleArchitectureTest;

/** The business module keeps the package rules of STYLE.md §5. */
class ArchitectureTest extends ModuleArchitectureTest {

    ArchitectureTest() {
        super("business");
    }
}
