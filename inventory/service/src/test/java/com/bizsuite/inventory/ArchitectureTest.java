package com.bizsuite.inventory;

import com.bizsuite.testing.ModuleArchitectureTest;

/** The inventory module keeps the package rules of STYLE.md §5. */
class ArchitectureTest extends ModuleArchitectureTest {

    ArchitectureTest() {
        super("inventory");
    }
}
