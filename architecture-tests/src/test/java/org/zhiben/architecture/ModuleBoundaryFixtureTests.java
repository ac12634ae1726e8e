package org.zhiben.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fixture.declared.DeclaredFixtureApplication;
import fixture.modularity.FixtureApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;

/**
 * Proves that the boundary checks have teeth (the fixtures live only in this test source set):
 * <ul>
 * <li>in {@code fixture.modularity}, module {@code alpha} reaches into {@code beta.internal} and writes through
 *     {@code beta}'s write port, which is not in beta's base package (its API) — {@code verify()} refuses both;</li>
 * <li>in {@code fixture.declared}, module {@code gamma} declares {@code allowedDependencies = "delta"} and also
 *     uses {@code epsilon} — {@code verify()} refuses the undeclared dependency.</li>
 * </ul>
 */
class ModuleBoundaryFixtureTests {

    // test classes are not imported by default: include them, the fixtures are some
    static ApplicationModules reachingIn() {
        return ApplicationModules.of(FixtureApplication.class, location -> true);
    }

    static ApplicationModules undeclared() {
        return ApplicationModules.of(DeclaredFixtureApplication.class, location -> true);
    }

    @Test
    void access_to_another_modules_internal_package_fails_verification() {
        Violations violations = reachingIn().detectViolations();
        assertThat(violations.hasViolations()).isTrue();
        assertThat(violations.getMessage()).contains("alpha").contains("beta.internal.BetaInternals");
    }

    @Test
    void use_of_another_modules_write_port_fails_verification() {
        Violations violations = reachingIn().detectViolations();
        assertThat(violations.hasViolations()).isTrue();
        assertThat(violations.getMessage()).contains("AlphaWriter").contains("beta.store.BetaStore");
    }

    @Test
    void use_of_a_module_that_is_not_declared_fails_verification() {
        assertThatThrownBy(() -> undeclared().verify())
                .isInstanceOf(Violations.class)
                .hasMessageContaining("gamma")
                .hasMessageContaining("epsilon")
                .hasMessageNotContaining("DeltaApi");
    }
}
