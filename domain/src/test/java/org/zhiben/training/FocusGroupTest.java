package org.zhiben.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.EnterpriseId;
import org.zhiben.enterprises.EnterpriseProfile;
import org.zhiben.enterprises.EnterpriseStatus;
import org.zhiben.enterprises.FocusAttributes;
import org.zhiben.enterprises.HospitalGrade;
import org.zhiben.enterprises.Person;
import org.zhiben.enterprises.StandardisationGrade;
import org.zhiben.enterprises.UnifiedSocialCreditCode;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.JurisdictionCode;

/**
 * Task 4: "2024年，重点开展矿山、燃气企业主要负责人和二级三级医院消防安全责任人集中培训；2025年，重点开展金属冶炼企业
 * 主要负责人、重点文物保护等单位消防安全责任人集中培训；2026年，重点开展大型商业综合体消防安全责任人集中培训" — the
 * groups as rules over industries and enterprise attributes, their calendar years and the coverage they give.
 */
class FocusGroupTest {

    static final ZoneId KASHGAR_TIME = ZoneId.of("Asia/Shanghai");
    static final JurisdictionCode ARTUX = JurisdictionCode.of("653001");
    static final JurisdictionCode AKTO = JurisdictionCode.of("653022");
    static final IndustryCode MINES = IndustryCode.of("MINES");
    static final IndustryCode URBAN_GAS = IndustryCode.of("URBAN_GAS");
    static final IndustryCode METALLURGY = IndustryCode.of("METALLURGY");
    static final IndustryCode COMMERCE = IndustryCode.of("COMMERCE_RETAIL");
    static final IndustryCode PUBLIC_CULTURE = IndustryCode.of("PUBLIC_CULTURE");

    static final FocusGroup MINE_GAS = new FocusGroup("2024-mine-gas-principals", 1, 2024, "矿山、燃气企业主要负责人",
            "Principals of mines and gas enterprises", TraineeRole.PRINCIPAL,
            new EnterpriseRule(Set.of(MINES, URBAN_GAS), Set.of(), false, false));
    static final FocusGroup HOSPITALS = new FocusGroup("2024-hospital-fire-safety", 1, 2024, "二级三级医院消防安全责任人",
            "Fire-safety heads of level-2 and level-3 hospitals", TraineeRole.FIRE_SAFETY_RESPONSIBLE,
            new EnterpriseRule(Set.of(), Set.of(HospitalGrade.LEVEL_2, HospitalGrade.LEVEL_3), false, false));
    static final FocusGroup SMELTING = new FocusGroup("2025-metal-smelting-principals", 1, 2025, "金属冶炼企业主要负责人",
            "Principals of metal-smelting enterprises", TraineeRole.PRINCIPAL,
            new EnterpriseRule(Set.of(METALLURGY), Set.of(), false, false));
    static final FocusGroup RELICS = new FocusGroup("2025-cultural-relic-fire-safety", 1, 2025,
            "重点文物保护等单位消防安全责任人", "Fire-safety heads of key cultural-relic protection units",
            TraineeRole.FIRE_SAFETY_RESPONSIBLE, new EnterpriseRule(Set.of(), Set.of(), true, false));
    static final FocusGroup COMPLEXES = new FocusGroup("2026-commercial-complex-fire-safety", 1, 2026,
            "大型商业综合体消防安全责任人", "Fire-safety heads of large commercial complexes",
            TraineeRole.FIRE_SAFETY_RESPONSIBLE, new EnterpriseRule(Set.of(), Set.of(), false, true));

    static final FocusGroups PLAN = new FocusGroups() {
        @Override
        public List<FocusGroup> all() {
            return List.of(MINE_GAS, HOSPITALS, SMELTING, RELICS, COMPLEXES);
        }

        @Override
        public Optional<FocusGroup> find(String code) {
            return all().stream().filter(g -> g.code().equals(code)).findFirst();
        }
    };

    @Test
    void each_year_of_the_plan_has_its_own_focus_and_the_year_changes_at_midnight_in_the_prefecture() {
        assertThat(PLAN.current(clockAt("2024-12-31T23:59:59"))).containsExactly(MINE_GAS, HOSPITALS);
        assertThat(PLAN.current(clockAt("2025-01-01T00:00:00"))).containsExactly(SMELTING, RELICS);
        assertThat(PLAN.current(clockAt("2025-12-31T23:59:59"))).containsExactly(SMELTING, RELICS);
        assertThat(PLAN.current(clockAt("2026-01-01T00:00:00"))).containsExactly(COMPLEXES);
        assertThat(PLAN.current(clockAt("2027-01-01T00:00:00"))).isEmpty();
    }

    @Test
    void on_the_last_day_of_a_quarter_and_on_29_february_2024_the_focus_stays_that_of_the_calendar_year() {
        assertThat(PLAN.current(clockAt("2024-02-29T12:00:00"))).containsExactly(MINE_GAS, HOSPITALS);
        assertThat(PLAN.current(clockAt("2024-03-31T23:59:59"))).containsExactly(MINE_GAS, HOSPITALS);
        assertThat(PLAN.current(clockAt("2025-09-30T23:59:59"))).containsExactly(SMELTING, RELICS);
        assertThat(PLAN.current(clockAt("2026-12-31T23:59:59"))).containsExactly(COMPLEXES);
        assertThat(PLAN.ofYear(2023)).as("the plan's focus begins in 2024").isEmpty();
        UUID mine = UUID.randomUUID();
        assertThat(MINE_GAS.trainedBy(passed(mine, TraineeRole.PRINCIPAL, LocalDate.of(2024, 3, 31)), 2024))
                .as("a training ending on the last day of a quarter counts for its year").isTrue();
        assertThat(MINE_GAS.trainedBy(passed(mine, TraineeRole.PRINCIPAL, LocalDate.of(2024, 3, 31)), 2025)).isFalse();
    }

    @Test
    void a_training_counts_for_the_year_it_ended_in_from_the_first_of_january_to_the_thirty_first_of_december() {
        UUID mine = UUID.randomUUID();
        assertThat(MINE_GAS.trainedBy(passed(mine, TraineeRole.PRINCIPAL, LocalDate.of(2024, 1, 1)), 2024)).isTrue();
        assertThat(MINE_GAS.trainedBy(passed(mine, TraineeRole.PRINCIPAL, LocalDate.of(2024, 2, 29)), 2024)).isTrue();
        assertThat(MINE_GAS.trainedBy(passed(mine, TraineeRole.PRINCIPAL, LocalDate.of(2024, 12, 31)), 2024)).isTrue();
        assertThat(MINE_GAS.trainedBy(passed(mine, TraineeRole.PRINCIPAL, LocalDate.of(2023, 12, 31)), 2024)).isFalse();
        assertThat(MINE_GAS.trainedBy(passed(mine, TraineeRole.PRINCIPAL, LocalDate.of(2025, 1, 1)), 2024)).isFalse();
        assertThat(MINE_GAS.trainedBy(passed(mine, TraineeRole.SAFETY_MANAGER, LocalDate.of(2024, 6, 1)), 2024))
                .as("the principal's training, not the safety manager's").isFalse();
        assertThat(MINE_GAS.trainedBy(record(mine, TraineeRole.PRINCIPAL, LocalDate.of(2024, 6, 1), ExamResult.ABSENT),
                2024)).as("a no-show is not trained").isFalse();
    }

    @Test
    void the_groups_are_rules_over_industries_and_the_registers_attributes_of_operating_enterprises() {
        assertThat(MINE_GAS.requires(enterprise(ARTUX, MINES, FocusAttributes.NONE))).isTrue();
        assertThat(MINE_GAS.requires(enterprise(ARTUX, URBAN_GAS, FocusAttributes.NONE))).isTrue();
        assertThat(MINE_GAS.requires(enterprise(ARTUX, METALLURGY, FocusAttributes.NONE))).isFalse();
        assertThat(SMELTING.requires(enterprise(ARTUX, METALLURGY, FocusAttributes.NONE))).isTrue();
        assertThat(HOSPITALS.requires(enterprise(ARTUX, COMMERCE, hospital(HospitalGrade.LEVEL_2)))).isTrue();
        assertThat(HOSPITALS.requires(enterprise(ARTUX, COMMERCE, hospital(HospitalGrade.LEVEL_3)))).isTrue();
        assertThat(HOSPITALS.requires(enterprise(ARTUX, COMMERCE, hospital(HospitalGrade.LEVEL_1)))).isFalse();
        assertThat(RELICS.requires(enterprise(ARTUX, PUBLIC_CULTURE,
                new FocusAttributes(HospitalGrade.NONE, true, false, null)))).isTrue();
        assertThat(COMPLEXES.requires(enterprise(ARTUX, COMMERCE,
                new FocusAttributes(HospitalGrade.NONE, false, true, null)))).isTrue();
        assertThat(COMPLEXES.requires(enterprise(ARTUX, COMMERCE, FocusAttributes.NONE))).isFalse();
        Enterprise closedMine = Enterprise.register(EnterpriseId.newId(), UnifiedSocialCreditCode.of(
                "91653001MA7AB1234K"), profile(ARTUX, MINES, FocusAttributes.NONE, EnterpriseStatus.CLOSED));
        assertThat(MINE_GAS.requires(closedMine)).as("a closed enterprise needs no training").isFalse();
        assertThatThrownBy(() -> new EnterpriseRule(Set.of(), Set.of(), false, false))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new FocusGroup("x", 1, 2024, "名", "name", TraineeRole.SAFETY_MANAGER,
                MINE_GAS.rule())).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void coverage_counts_per_jurisdiction_the_required_and_the_trained_and_lists_the_untrained() {
        Enterprise artuxMine = enterprise(ARTUX, MINES, FocusAttributes.NONE);
        Enterprise artuxGas = enterprise(ARTUX, URBAN_GAS, FocusAttributes.NONE);
        Enterprise aktoMine = enterprise(AKTO, MINES, FocusAttributes.NONE);
        Enterprise shop = enterprise(AKTO, COMMERCE, FocusAttributes.NONE);
        List<TrainingRecord> records = List.of(
                passed(artuxMine.id().value(), TraineeRole.PRINCIPAL, LocalDate.of(2024, 2, 29)),
                passed(aktoMine.id().value(), TraineeRole.PRINCIPAL, LocalDate.of(2023, 12, 31)));

        Coverage coverage = Coverage.of(MINE_GAS, 2024, List.of(artuxMine, artuxGas, aktoMine, shop), records);

        assertThat(coverage.rows()).containsExactly(new Coverage.Row(ARTUX, 2, 1), new Coverage.Row(AKTO, 1, 0));
        assertThat(coverage.total()).isEqualTo(new Coverage.Row(null, 3, 1));
        assertThat(coverage.total().percent()).isEqualTo(33);
        assertThat(coverage.untrained()).extracting(Coverage.Untrained::enterpriseId)
                .containsExactly(artuxGas.id().value(), aktoMine.id().value());
        assertThat(Coverage.of(MINE_GAS, 2025, List.of(artuxMine), records).untrained())
                .as("trained in 2024 is no training of 2025").hasSize(1);
        assertThat(Coverage.of(COMPLEXES, 2026, List.of(shop), records).total().percent()).isNull();
    }

    private static Clock clockAt(String localDateTime) {
        Instant instant = java.time.LocalDateTime.parse(localDateTime).atZone(KASHGAR_TIME).toInstant();
        return Clock.fixed(instant, KASHGAR_TIME);
    }

    private static TrainingRecord passed(UUID enterprise, TraineeRole role, LocalDate endedOn) {
        return record(enterprise, role, endedOn, ExamResult.PASSED);
    }

    private static TrainingRecord record(UUID enterprise, TraineeRole role, LocalDate endedOn, ExamResult exam) {
        return TrainingRecord.ofEnterprise(TrainingRecordId.newId(), new TrainingRecord.Details(Trainee.of("张三", "1234"),
                        role, "主要负责人安全培训", "克州安全生产培训中心", endedOn.minusDays(2), endedOn, 32, exam, null),
                enterprise, ARTUX, MINES, true, endedOn, Instant.parse("2024-01-01T00:00:00Z"), "tester");
    }

    private static FocusAttributes hospital(HospitalGrade grade) {
        return new FocusAttributes(grade, false, false, new Person("王五", "13700000000"));
    }

    private static Enterprise enterprise(JurisdictionCode jurisdiction, IndustryCode industry, FocusAttributes focus) {
        return Enterprise.register(EnterpriseId.newId(), UnifiedSocialCreditCode.of("91653001MA7AB1234K"),
                profile(jurisdiction, industry, focus, EnterpriseStatus.OPERATING));
    }

    private static EnterpriseProfile profile(JurisdictionCode jurisdiction, IndustryCode industry,
            FocusAttributes focus, EnterpriseStatus status) {
        return new EnterpriseProfile("测试企业", jurisdiction, industry, false, "测试路 1 号",
                new Person("张三", "13800000000"), new Person("李四", "13900000000"), StandardisationGrade.NONE, status,
                focus);
    }
}
