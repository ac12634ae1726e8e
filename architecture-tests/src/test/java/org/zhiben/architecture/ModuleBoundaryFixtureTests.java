package org.zhiben.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;
import fixture.modularity.FixtureApplication;

/**
 * Proves that the boundary check has teeth: in the fixture, module {@code alpha} reaches into
 * {@code beta.internal}, and {@code verify()} refuses it. (The fixture lives only in this test source set.)
 */
class ModuleBoundaryFixtureTests {

    @Test
    void access_to_another_modules_internal_package_fails_verification() {
        // test classes are not imported by default: include them, the fixture is one
        ApplicationModules fixture = ApplicationModules.of(FixtureApplication.class, location -> true);
        assertThatThrownBy(fixture::verify)
                .isInstanceOf(Violations.class)
                .hasMessageContaining("alpha")
                .hasMessageContaining("beta.internal.BetaInternals");
    }
}
