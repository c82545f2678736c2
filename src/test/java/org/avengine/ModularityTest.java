package org.avengine;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Each top-level package is a module; modules use only each other's public surface and form no cycles. */
class ModularityTest {

    @Test
    void modulesUseOnlyEachOthersPublicTypesAndHaveNoCycles() {
        ApplicationModules.of(AvengineApplication.class).verify();
    }
}
