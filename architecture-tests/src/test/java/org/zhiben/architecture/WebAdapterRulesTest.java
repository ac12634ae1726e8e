package org.zhiben.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The web adapters only translate HTTP into calls of use cases and results into responses: they record no audit
 * entries, open no transactions, hold no write port, and run no scheduled jobs. Each rule is shown to fail on a
 * fixture that breaks it ({@code fixture.layers}) and to pass on one that does not.
 */
class WebAdapterRulesTest {

    /** Methods that change what a port stores. */
    static final Pattern WRITING_METHOD = Pattern.compile("(save|delete|remove|append|store)([A-Z].*)?");

    /** A port through which data is changed: an interface with a method that saves, deletes, appends or stores. */
    static final DescribedPredicate<JavaClass> WRITE_PORT = DescribedPredicate.describe("a write port",
            javaClass -> javaClass.isInterface() && javaClass.getPackageName().startsWith("org.zhiben.")
                    && javaClass.getMethods().stream().anyMatch(m -> WRITING_METHOD.matcher(m.getName()).matches()));

    static final ArchRule WEB_RECORDS_NO_AUDIT = noClasses().that().resideInAPackage("..web..")
            .should().dependOnClassesThat().haveFullyQualifiedName("org.zhiben.audit.AuditRecorder")
            .because("a use case records the audit entry with the change it makes");

    static final ArchRule WEB_OPENS_NO_TRANSACTION = noClasses().that().resideInAPackage("..web..")
            .should().dependOnClassesThat().haveFullyQualifiedName("org.zhiben.platform.tx.Transactions")
            .because("the transactional decorator in config wraps every use case; the web opens no transactions");

    static final ArchRule WEB_HOLDS_NO_WRITE_PORT = noClasses().that().resideInAPackage("..web..")
            .should().dependOnClassesThat(WRITE_PORT)
            .because("changes go through a use case, which checks the scope and records the audit entry");

    static final ArchRule NO_SCHEDULED_JOB_IN_WEB = noMethods()
            .that().areAnnotatedWith("org.springframework.scheduling.annotation.Scheduled")
            .should().beDeclaredInClassesThat().resideInAPackage("..web..")
            .because("scheduled jobs live in a jobs or config package").allowEmptyShould(true);

    static final List<ArchRule> RULES = List.of(WEB_RECORDS_NO_AUDIT, WEB_OPENS_NO_TRANSACTION,
            WEB_HOLDS_NO_WRITE_PORT, NO_SCHEDULED_JOB_IN_WEB);

    /**
     * The business modules, whose web adapters keep these rules. The platform's own web concerns (idempotent POSTs,
     * the error dispatch) are infrastructure below every module and keep their store themselves.
     */
    static final List<String> CHECKED_MODULES = List.of("org.zhiben.organization..", "org.zhiben.campaign..",
            "org.zhiben.enterprises..", "org.zhiben.hazards..", "org.zhiben.identity..", "org.zhiben.audit..");

    static final JavaClasses FIXTURES = new ClassFileImporter().importPackages("fixture.layers");

    @Test
    void the_checked_modules_keep_the_web_rules() {
        JavaClasses production = LayerRulesTest.CLASSES.that(DescribedPredicate.describe("in a checked module",
                javaClass -> CHECKED_MODULES.stream().anyMatch(module -> javaClass.getPackageName()
                        .startsWith(module.replace("..", "")))));
        RULES.forEach(rule -> rule.check(production));
    }

    @Test
    void a_web_class_that_records_audit_entries_fails() {
        assertThatThrownBy(() -> WEB_RECORDS_NO_AUDIT.check(FIXTURES)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("AuditingController").hasMessageNotContaining("ThinController");
    }

    @Test
    void a_web_class_that_opens_transactions_fails() {
        assertThatThrownBy(() -> WEB_OPENS_NO_TRANSACTION.check(FIXTURES)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("TransactionalController").hasMessageNotContaining("ThinController");
    }

    @Test
    void a_web_class_that_holds_a_write_port_fails() {
        assertThatThrownBy(() -> WEB_HOLDS_NO_WRITE_PORT.check(FIXTURES)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("StoringController").hasMessageContaining("MajorHazards")
                .hasMessageNotContaining("ThinController");
    }

    @Test
    void a_scheduled_job_in_the_web_fails_and_one_outside_it_passes() {
        assertThatThrownBy(() -> NO_SCHEDULED_JOB_IN_WEB.check(FIXTURES)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("ScheduledController").hasMessageNotContaining("NightlyJob");
        assertThatCode(() -> NO_SCHEDULED_JOB_IN_WEB.check(new ClassFileImporter()
                .importPackages("fixture.layers.jobs"))).doesNotThrowAnyException();
    }

    @Test
    void a_thin_controller_keeps_every_rule() {
        JavaClasses thin = FIXTURES.that(DescribedPredicate.describe("the thin controller",
                javaClass -> javaClass.getSimpleName().equals("ThinController")));
        RULES.forEach(rule -> assertThatCode(() -> rule.check(thin)).doesNotThrowAnyException());
    }
}
