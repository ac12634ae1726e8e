package org.zhiben.hazards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhiben.hazards.DeterminationStandardFixtures.FIREWORKS;
import static org.zhiben.hazards.DeterminationStandardFixtures.HAZARDOUS_CHEMICALS;
import static org.zhiben.hazards.DeterminationStandardFixtures.SPECIAL_EQUIPMENT;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.InvalidValueException;

@DisplayName("判定标准: 对照重大事故隐患判定标准和重点检查事项查的出、找得准")
class DeterminationTest {

    private final StandardCatalog catalog = new StandardCatalog(
            List.of(DeterminationStandardFixtures.chemicals2017(), DeterminationStandardFixtures.fireworks2017(), DeterminationStandardFixtures.specialEquipmentItems()));

    private DeterminationResult determine(IndustryCode sector, LocalDate discoveredOn, String standard, String clause) {
        return Determination.determine(
                new DeterminationRequest(sector, discoveredOn, new ClauseReference(standard, clause)), catalog);
    }

    private static InvalidValueException refusal(Runnable determination) {
        try {
            determination.run();
        } catch (InvalidValueException e) {
            return e;
        }
        throw new AssertionError("the citation was accepted");
    }

    @Test
    void a_chemicals_clause_makes_a_finding_in_a_chemicals_enterprise_a_major_hazard() {
        DeterminationResult result = determine(HAZARDOUS_CHEMICALS, LocalDate.of(2024, 5, 1), "CHEM-2017", "2");

        assertThat(result.level()).isEqualTo(HazardLevel.MAJOR);
        assertThat(result.clause()).isEqualTo(new ClauseReference("CHEM-2017", "2"));
        assertThat(result.standardCode()).isEqualTo("CHEM-2017");
        assertThat(result.clauseText()).isEqualTo("特种作业人员未持证上岗。");
    }

    @Test
    void a_finding_citing_no_clause_is_a_general_hazard() {
        DeterminationResult result = Determination.determine(
                new DeterminationRequest(HAZARDOUS_CHEMICALS, LocalDate.of(2024, 5, 1), null), catalog);

        assertThat(result).isEqualTo(DeterminationResult.general());
        assertThat(result.level()).isEqualTo(HazardLevel.GENERAL);
    }

    @Test
    void a_clause_no_standard_has_is_refused() {
        InvalidValueException unknownClause = refusal(
                () -> determine(HAZARDOUS_CHEMICALS, LocalDate.of(2024, 5, 1), "CHEM-2017", "21"));
        InvalidValueException unknownStandard = refusal(
                () -> determine(HAZARDOUS_CHEMICALS, LocalDate.of(2024, 5, 1), "CHEM-2099", "1"));

        assertThat(List.of(unknownClause, unknownStandard)).allSatisfy(e -> {
            assertThat(e.field()).isEqualTo("clause");
            assertThat(e.code()).isEqualTo("hazard.clause.unknown");
        });
    }

    @Test
    void a_fireworks_clause_is_refused_for_a_chemicals_enterprise() {
        InvalidValueException e = refusal(
                () -> determine(HAZARDOUS_CHEMICALS, LocalDate.of(2024, 5, 1), "FIREWORKS-2017", "4"));

        assertThat(e.field()).isEqualTo("clause");
        assertThat(e.code()).isEqualTo("hazard.clause.other-sector");
        assertThat(e.arguments()).containsExactly("FIREWORKS-2017", "4", "HAZARDOUS_CHEMICALS");
    }

    @Test
    void a_clause_of_a_standard_not_yet_in_force_on_the_day_of_discovery_is_refused() {
        InvalidValueException e = refusal(
                () -> determine(FIREWORKS, LocalDate.of(2017, 11, 12), "FIREWORKS-2017", "4"));

        assertThat(e.code()).isEqualTo("hazard.clause.not-in-force");
        assertThat(e.arguments()).containsExactly("FIREWORKS-2017", "4", "2017-11-12");
        assertThat(determine(FIREWORKS, LocalDate.of(2017, 11, 13), "FIREWORKS-2017", "4").level())
                .isEqualTo(HazardLevel.MAJOR);
    }

    @Test
    @DisplayName("尚未出台重大事故隐患判定标准的部门…确定本行业领域重点检查事项: key inspection items are used")
    void key_inspection_items_are_used_for_a_sector_without_a_national_standard() {
        DeterminationResult result = determine(SPECIAL_EQUIPMENT, LocalDate.of(2024, 6, 1), "SE-KEY-2024", "2");

        assertThat(result.level()).isEqualTo(HazardLevel.MAJOR);
        assertThat(result.clauseText()).isEqualTo("特种设备安全附件、安全保护装置失效仍继续使用。");
    }

    @Test
    void once_a_national_standard_covers_the_sector_its_clauses_apply_rather_than_the_key_inspection_items() {
        catalog.importVersion(new DeterminationStandard("SE-2025", "特种设备重大事故隐患判定准则", "假设〔2025〕1号",
                "国家市场监督管理总局", LocalDate.of(2025, 3, 1), null, null, java.util.Set.of(SPECIAL_EQUIPMENT),
                DeterminationStandardKind.NATIONAL_STANDARD, null,
                List.of(new StandardClause("1", null, "使用非法生产的特种设备。"))));

        assertThat(determine(SPECIAL_EQUIPMENT, LocalDate.of(2025, 2, 28), "SE-KEY-2024", "2").level())
                .isEqualTo(HazardLevel.MAJOR);
        assertThat(refusal(() -> determine(SPECIAL_EQUIPMENT, LocalDate.of(2025, 3, 1), "SE-KEY-2024", "2")).code())
                .isEqualTo("hazard.clause.not-in-force");
        assertThat(determine(SPECIAL_EQUIPMENT, LocalDate.of(2025, 3, 1), "SE-2025", "1").standardCode())
                .isEqualTo("SE-2025");
    }

    @Test
    void after_a_revision_a_finding_is_judged_by_the_version_in_force_on_the_day_it_was_discovered() {
        catalog.importVersion(DeterminationStandardFixtures.chemicals2026(LocalDate.of(2026, 6, 1)));

        DeterminationResult underNew = determine(HAZARDOUS_CHEMICALS, LocalDate.of(2026, 7, 1), "CHEM-2026", "2");
        DeterminationResult underOld = determine(HAZARDOUS_CHEMICALS, LocalDate.of(2025, 1, 1), "CHEM-2017", "2");

        assertThat(underNew.standardCode()).isEqualTo("CHEM-2026");
        assertThat(underNew.clauseText()).isEqualTo("特种作业人员未依法取得相应资格上岗作业。");
        assertThat(underOld.standardCode()).isEqualTo("CHEM-2017");
        assertThat(underOld.clauseText()).isEqualTo("特种作业人员未持证上岗。");
        assertThat(refusal(() -> determine(HAZARDOUS_CHEMICALS, LocalDate.of(2026, 7, 1), "CHEM-2017", "2")).code())
                .isEqualTo("hazard.clause.not-in-force");
        assertThat(refusal(() -> determine(HAZARDOUS_CHEMICALS, LocalDate.of(2025, 1, 1), "CHEM-2026", "2")).code())
                .isEqualTo("hazard.clause.not-in-force");
    }

    @Test
    void a_general_result_carries_no_clause() {
        assertThatThrownBy(() -> new DeterminationResult(HazardLevel.GENERAL, new ClauseReference("CHEM-2017", "2"),
                null, null)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new DeterminationResult(HazardLevel.MAJOR, null, null, null))
                .isInstanceOf(InvalidValueException.class);
    }
}
