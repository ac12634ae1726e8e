package org.zhiben.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.zhiben.ZhibenApplication;
import org.zhiben.campaign.SubPlanSubmissions;

/**
 * The business modules (direct sub-packages of {@code org.zhiben}, each spread over the domain, application and
 * adapters jars) only use each other's API, and there are no cycles between them. Also writes the module
 * documentation into {@code docs/modules}.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(ZhibenApplication.class);

    @Test
    void modules_respect_each_others_boundaries() {
        MODULES.verify();
    }

    @Test
    void the_business_modules_of_the_plan_are_detected() {
        assertThat(MODULES.stream().map(module -> module.getIdentifier().toString()))
                .contains("organization", "campaign", "enterprises", "hazards", "identity", "audit", "shared", "platform",
                        "enforcement");
    }

    /**
     * The campaign shows the sub-plans' submissions through the port it declares ({@link SubPlanSubmissions}), which
     * reporting implements: reporting depends on the campaign, never the other way round.
     */
    @Test
    void the_campaign_reads_sub_plan_submissions_through_its_port_and_never_depends_on_reporting() {
        ApplicationModule campaign = MODULES.getModuleByName("campaign").orElseThrow();
        ApplicationModule reporting = MODULES.getModuleByName("reporting").orElseThrow();
        assertThat(campaign.getAllDependencies(MODULES).containsModuleNamed("reporting")).isFalse();
        assertThat(reporting.getDirectDependencies(MODULES).containsModuleNamed("campaign")).isTrue();

        noClasses().that().resideInAPackage("org.zhiben.campaign..")
                .should().dependOnClassesThat().resideInAPackage("org.zhiben.reporting..")
                .check(LayerRulesTest.CLASSES);
        classes().that().implement(SubPlanSubmissions.class).should().resideInAPackage("org.zhiben.reporting..")
                .allowEmptyShould(false)
                .check(LayerRulesTest.CLASSES);
    }

    @Test
    void writes_the_module_documentation_into_docs_modules() throws Exception {
        Path output = Path.of(System.getProperty("zhiben.docs.dir", "../docs"), "modules").toAbsolutePath().normalize();
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(output.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        assertThat(output.resolve("components.puml")).exists();
        assertThat(Files.readString(output.resolve("components.puml"))).contains("Campaign", "Organization");
    }
}
