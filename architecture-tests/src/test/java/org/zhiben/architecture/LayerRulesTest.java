package org.zhiben.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The hexagon's layer rules. Packages are shared between the jars (a module spreads over domain, application and
 * adapters), so the framework-free core is selected by where a class comes from: the domain and application jars.
 */
class LayerRulesTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.zhiben");

    static DescribedPredicate<JavaClass> fromJar(String layer) {
        Pattern location = Pattern.compile("(zhiben-" + layer + "-[^/]*\\.jar|/" + layer + "/target/classes/)");
        return DescribedPredicate.describe("in the " + layer + " jar", javaClass -> javaClass.getSource()
                .map(source -> location.matcher(source.getUri().toString()).find())
                .orElse(false));
    }

    static final String[] FRAMEWORKS = {
            "org.springframework..", "jakarta..", "javax.persistence..", "org.hibernate..", "com.fasterxml..",
            "tools.jackson..", "org.mapstruct..", "org.slf4j.."};

    @Test
    void the_layers_are_told_apart_by_their_jar() {
        org.assertj.core.api.Assertions.assertThat(CLASSES.get("org.zhiben.hazards.MajorHazard"))
                .matches(fromJar("domain")::test).matches(c -> !fromJar("adapters").test(c));
        org.assertj.core.api.Assertions.assertThat(CLASSES.get("org.zhiben.campaign.application.RecordProgress"))
                .matches(fromJar("application")::test);
        org.assertj.core.api.Assertions.assertThat(CLASSES.get("org.zhiben.ZhibenApplication"))
                .matches(fromJar("adapters")::test).matches(c -> !fromJar("domain").test(c));
    }

    @Test
    void the_domain_core_is_plain_java() {
        noClasses().that(fromJar("domain"))
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .because("the domain core is framework-free (plain Java 17)")
                .check(CLASSES);
    }

    @Test
    void the_use_cases_are_plain_java() {
        noClasses().that(fromJar("application"))
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .because("use cases depend on the domain only")
                .check(CLASSES);
    }

    @Test
    void the_domain_does_not_know_the_use_cases_or_the_adapters() {
        noClasses().that(fromJar("domain"))
                .should().dependOnClassesThat(fromJar("application").or(fromJar("adapters")))
                .check(CLASSES);
    }

    @Test
    void the_use_cases_do_not_know_the_adapters() {
        noClasses().that(fromJar("application"))
                .should().dependOnClassesThat(fromJar("adapters"))
                .check(CLASSES);
    }

    @Test
    void web_adapters_never_touch_persistence_adapters() {
        noClasses().that().resideInAPackage("..web..")
                .should().dependOnClassesThat().resideInAPackage("org.zhiben..persistence..")
                .because("the web talks to use cases and ports, never to tables")
                .check(CLASSES);
    }

    @Test
    void jpa_entities_live_only_in_persistence_adapters_and_say_so_in_their_name() {
        classes().that().areAnnotatedWith("jakarta.persistence.Entity")
                .should().resideInAPackage("..persistence..")
                .andShould().haveSimpleNameEndingWith("JpaEntity")
                .check(CLASSES);
    }

    @Test
    void the_layers_are_where_the_card_says() {
        classes().that(fromJar("adapters")).and().resideInAPackage("..application..")
                .should().resideOutsideOfPackage("..application..")
                .allowEmptyShould(true)
                .because("use cases belong in the application jar")
                .check(CLASSES);
    }
}
