package org.zhiben.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.zhiben.shared.StaleVersionException;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.RuleViolationException;

/** Training records: who is recorded how, and what a record must hold. */
class TrainingRecordTest {

    static final JurisdictionCode AKTO = JurisdictionCode.of("653022");
    static final IndustryCode CHEMICALS = IndustryCode.of("HAZARDOUS_CHEMICALS");
    static final LocalDate TODAY = LocalDate.of(2024, 6, 30);
    static final Instant NOW = Instant.parse("2024-06-30T04:00:00Z");

    static TrainingRecord.Details details(TraineeRole role, LocalDate start, LocalDate end, ExamResult exam) {
        return new TrainingRecord.Details(Trainee.of("张三丰", "123x"), role, "危险化学品企业主要负责人安全培训",
                "克州安全生产培训中心", start, end, 48, exam, null);
    }

    @Test
    void a_person_is_kept_as_the_masked_name_of_the_enterprise_register_and_the_last_four_characters_of_the_id() {
        Trainee trainee = Trainee.of("张三丰", "123x");

        assertThat(trainee.maskedName()).isEqualTo("张**");
        assertThat(trainee.idLastDigits()).isEqualTo("123X");
        assertThat(Trainee.of("张**", "1234")).isEqualTo(new Trainee("张**", "1234"));
        assertThatThrownBy(() -> Trainee.of("张三", "12345")).isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "training.trainee.id-digits-invalid");
        assertThatThrownBy(() -> Trainee.of("张三", "X123")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void a_principal_is_recorded_with_the_enterprise_which_places_the_record_in_its_jurisdiction_and_industry() {
        UUID enterprise = UUID.randomUUID();
        TrainingRecord record = TrainingRecord.ofEnterprise(TrainingRecordId.newId(),
                details(TraineeRole.PRINCIPAL, TODAY.minusDays(3), TODAY, ExamResult.PASSED), enterprise, AKTO,
                CHEMICALS, true, TODAY, NOW, "county-officer");

        assertThat(record.enterpriseId()).contains(enterprise);
        assertThat(record.jurisdiction()).isEqualTo(AKTO);
        assertThat(record.passed()).isTrue();
        assertThat(record.endedIn(2024)).isTrue();
        assertThat(record.version()).isZero();
    }

    /** Task 3: "开展各级党政领导干部安全生产教育培训" — a cadre is recorded with the unit, not an enterprise. */
    @Test
    void a_leading_cadre_is_recorded_with_the_unit_and_never_with_an_enterprise() {
        TrainingRecord cadre = TrainingRecord.ofUnit(TrainingRecordId.newId(),
                details(TraineeRole.LEADING_CADRE, TODAY, TODAY, ExamResult.NOT_EXAMINED), "阿克陶县人民政府", AKTO,
                TODAY, NOW, "aco");

        assertThat(cadre.enterpriseId()).isEmpty();
        assertThatThrownBy(() -> TrainingRecord.ofEnterprise(TrainingRecordId.newId(),
                details(TraineeRole.LEADING_CADRE, TODAY, TODAY, ExamResult.PASSED), UUID.randomUUID(), AKTO,
                CHEMICALS, true, TODAY, NOW, "aco")).isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "training.record.enterprise-not-for-role");
        assertThatThrownBy(() -> TrainingRecord.ofUnit(TrainingRecordId.newId(),
                details(TraineeRole.PRINCIPAL, TODAY, TODAY, ExamResult.PASSED), "某单位", AKTO, TODAY, NOW, "aco"))
                .hasFieldOrPropertyWithValue("code", "training.record.enterprise-required");
    }

    /** Task 6: "高危行业领域所有员工必须培训考试合格后才可上岗". */
    @Test
    void the_staff_training_before_starting_work_is_recorded_for_enterprises_of_high_risk_industries_only() {
        TrainingRecord.Details staff = details(TraineeRole.HIGH_RISK_STAFF, TODAY, TODAY, ExamResult.PASSED);

        assertThat(TrainingRecord.ofEnterprise(TrainingRecordId.newId(), staff, UUID.randomUUID(), AKTO, CHEMICALS,
                true, TODAY, NOW, "manager").role()).isEqualTo(TraineeRole.HIGH_RISK_STAFF);
        assertThatThrownBy(() -> TrainingRecord.ofEnterprise(TrainingRecordId.newId(), staff, UUID.randomUUID(),
                AKTO, IndustryCode.of("COMMERCE_RETAIL"), false, TODAY, NOW, "manager"))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("code", "training.record.not-high-risk");
    }

    @Test
    void a_training_ends_after_it_starts_has_ended_by_today_and_has_between_one_and_two_thousand_class_hours() {
        assertThatThrownBy(() -> details(TraineeRole.PRINCIPAL, TODAY, TODAY.minusDays(1), ExamResult.PASSED))
                .hasFieldOrPropertyWithValue("code", "training.record.dates-reversed");
        assertThatThrownBy(() -> TrainingRecord.ofEnterprise(TrainingRecordId.newId(),
                details(TraineeRole.PRINCIPAL, TODAY, TODAY.plusDays(1), ExamResult.PASSED), UUID.randomUUID(), AKTO,
                CHEMICALS, true, TODAY, NOW, "aco"))
                .hasFieldOrPropertyWithValue("code", "training.record.in-future");
        assertThatThrownBy(() -> new TrainingRecord.Details(Trainee.of("李四", "5678"), TraineeRole.PRINCIPAL, "课程",
                "机构", TODAY, TODAY, 0, ExamResult.PASSED, null))
                .hasFieldOrPropertyWithValue("code", "training.record.hours-invalid");
    }

    @Test
    void a_certificate_is_earned_only_by_passing_the_exam_and_a_no_show_is_recorded_as_absent() {
        assertThatThrownBy(() -> new TrainingRecord.Details(Trainee.of("李四", "5678"), TraineeRole.PRINCIPAL, "课程",
                "机构", TODAY, TODAY, 8, ExamResult.FAILED, "AQ-2024-001"))
                .hasFieldOrPropertyWithValue("code", "training.record.certificate-without-pass");
        TrainingRecord absent = TrainingRecord.ofEnterprise(TrainingRecordId.newId(),
                details(TraineeRole.PRINCIPAL, TODAY, TODAY, ExamResult.ABSENT), UUID.randomUUID(), AKTO, CHEMICALS,
                true, TODAY, NOW, "aco");
        assertThat(absent.passed()).isFalse();
        assertThat(absent.exam().label()).isEqualTo("缺考");
    }

    @Test
    void a_record_is_corrected_at_the_version_read_and_stays_with_its_enterprise_under_the_same_rules() {
        TrainingRecord record = TrainingRecord.ofEnterprise(TrainingRecordId.newId(),
                details(TraineeRole.PRINCIPAL, TODAY.minusDays(3), TODAY, ExamResult.FAILED), UUID.randomUUID(), AKTO,
                CHEMICALS, false, TODAY, NOW, "county-officer").asStored(2);

        TrainingRecord corrected = record.revise(2, details(TraineeRole.SAFETY_MANAGER, TODAY.minusDays(5),
                TODAY.minusDays(1), ExamResult.PASSED), null, false, TODAY);

        assertThat(corrected.role()).isEqualTo(TraineeRole.SAFETY_MANAGER);
        assertThat(corrected.exam()).isEqualTo(ExamResult.PASSED);
        assertThat(corrected.enterpriseId()).isEqualTo(record.enterpriseId());
        assertThat(corrected.version()).isEqualTo(2);
        assertThatThrownBy(() -> record.revise(1, record.details(), null, false, TODAY))
                .isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> record.revise(2, details(TraineeRole.LEADING_CADRE, TODAY, TODAY,
                ExamResult.PASSED), "阿克陶县人民政府", false, TODAY)).isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "training.record.enterprise-not-for-role");
        assertThatThrownBy(() -> record.revise(2, details(TraineeRole.HIGH_RISK_STAFF, TODAY, TODAY,
                ExamResult.PASSED), null, false, TODAY)).isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("code", "training.record.not-high-risk");
        assertThatThrownBy(() -> record.revise(2, details(TraineeRole.PRINCIPAL, TODAY, TODAY.plusDays(1),
                ExamResult.PASSED), null, false, TODAY)).isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "training.record.in-future");
    }

    @Test
    void a_unit_record_is_corrected_with_its_unit_and_never_given_an_enterprise_role() {
        TrainingRecord cadre = TrainingRecord.ofUnit(TrainingRecordId.newId(),
                details(TraineeRole.LEADING_CADRE, TODAY, TODAY, ExamResult.NOT_EXAMINED), "阿克陶县人民政府", AKTO,
                TODAY, NOW, "aco");

        assertThat(cadre.revise(0, details(TraineeRole.REGULATOR, TODAY, TODAY, ExamResult.PASSED), "阿克陶县应急管理局",
                false, TODAY).snapshot().unitName()).isEqualTo("阿克陶县应急管理局");
        assertThatThrownBy(() -> cadre.revise(0, details(TraineeRole.PRINCIPAL, TODAY, TODAY, ExamResult.PASSED),
                "阿克陶县人民政府", false, TODAY)).isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "training.record.enterprise-required");
        assertThatThrownBy(() -> cadre.revise(0, details(TraineeRole.REGULATOR, TODAY, TODAY, ExamResult.PASSED),
                " ", false, TODAY)).isInstanceOf(InvalidValueException.class);
    }
}
