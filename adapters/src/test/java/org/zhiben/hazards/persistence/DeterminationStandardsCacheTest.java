package org.zhiben.hazards.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhiben.hazards.DeterminationStandard;
import org.zhiben.hazards.DeterminationStandardKind;
import org.zhiben.hazards.DeterminationStandards;
import org.zhiben.hazards.StandardApplicabilities;
import org.zhiben.hazards.StandardCatalog;
import org.zhiben.hazards.StandardClause;
import org.zhiben.platform.testing.CountedStatements;
import org.zhiben.shared.IndustryCode;

/**
 * The determination standards are read from PostgreSQL once and then served from memory after one look at their
 * revision, and the copy follows every edit made through the port: a new version, a changed date, a transaction that
 * sees its own edit before it commits, and one that rolls back. Edits made in plain SQL: {@code
 * StandardsEditedInSqlTest}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(CountedStatements.Configuration.class)
class DeterminationStandardsCacheTest {

    @Autowired
    DeterminationStandards standards;
    @Autowired
    StandardApplicabilities applicabilities;
    @Autowired
    PlatformTransactionManager transactions;

    private static DeterminationStandard version(String code, LocalDate effectiveFrom) {
        return new DeterminationStandard(code, "缓存测试标准", "测试〔2099〕1号", "测试机关", effectiveFrom, null, null,
                Set.of(IndustryCode.of("FIREWORKS")), DeterminationStandardKind.NATIONAL_STANDARD, null,
                List.of(new StandardClause("1", null, "测试条款")));
    }

    private static String newCode() {
        return "CACHE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** The one statement a read sends while the standards have not changed. */
    private static final String LOOK_AT_THE_REVISION = "select value from hazards.standards_revision";

    private Optional<DeterminationStandard> listed(String code) {
        return standards.findAll().stream().filter(s -> s.code().equals(code)).findFirst();
    }

    @Test
    void the_standards_are_read_once_and_then_served_after_a_look_at_their_revision() {
        standards.findAll();
        applicabilities.of("CHEM-2017");

        var recording = CountedStatements.during(() -> {
            standards.findAll();
            standards.findByCode("CHEM-2017");
            return applicabilities.of("CHEM-2017");
        });

        assertThat(recording.statements()).as(recording.toString()).containsExactly(LOOK_AT_THE_REVISION,
                LOOK_AT_THE_REVISION, LOOK_AT_THE_REVISION);
        assertThat(standards.findByCode("CHEM-2017")).get().extracting(DeterminationStandard::effectiveFrom)
                .isEqualTo(LocalDate.of(2017, 11, 13));
    }

    @Test
    void a_new_version_and_a_changed_date_are_seen_at_once() {
        standards.findAll();
        String code = newCode();

        standards.save(version(code, null));
        assertThat(listed(code)).get().extracting(DeterminationStandard::effectiveFrom).isNull();

        standards.save(version(code, LocalDate.of(2100, 12, 31)));
        assertThat(listed(code)).get().extracting(DeterminationStandard::effectiveFrom)
                .isEqualTo(LocalDate.of(2100, 12, 31));
        assertThat(standards.findByCode(code)).get().extracting(DeterminationStandard::effectiveFrom)
                .isEqualTo(LocalDate.of(2100, 12, 31));
    }

    @Test
    void a_transaction_reads_its_own_edit_and_an_edit_rolled_back_is_never_served() {
        standards.findAll();
        String code = newCode();
        TransactionTemplate transaction = new TransactionTemplate(transactions);

        transaction.executeWithoutResult(status -> {
            standards.save(version(code, null));
            assertThat(listed(code)).as("the saving transaction sees its new version").isPresent();
            assertThat(standards.findByCode(code)).isPresent();
            status.setRollbackOnly();
        });

        assertThat(listed(code)).as("rolled back").isEmpty();
        assertThat(standards.findByCode(code)).isEmpty();
        var recording = CountedStatements.during(() -> listed(code));
        assertThat(recording.statements()).as("kept again after the rollback: " + recording)
                .containsExactly(LOOK_AT_THE_REVISION);
    }

    @Test
    void a_standard_changed_by_its_caller_before_a_save_does_not_change_the_kept_one() {
        String code = newCode();
        standards.save(version(code, null));
        StandardCatalog catalog = new StandardCatalog(standards.findAll());

        catalog.putInForce(code, LocalDate.of(2100, 12, 31));

        assertThat(listed(code)).get().extracting(DeterminationStandard::effectiveFrom)
                .as("changed by a caller but not saved").isNull();
    }
}
