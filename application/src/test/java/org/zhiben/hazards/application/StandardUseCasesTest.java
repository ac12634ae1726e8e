package org.zhiben.hazards.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhiben.hazards.ClauseReference;
import org.zhiben.hazards.DeterminationRequest;
import org.zhiben.hazards.DeterminationResult;
import org.zhiben.hazards.DeterminationStandard;
import org.zhiben.hazards.DeterminationStandardKind;
import org.zhiben.hazards.HazardLevel;
import org.zhiben.hazards.StandardClause;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.NotFoundException;
import org.zhiben.shared.UnitCode;

class StandardUseCasesTest {

    private static final IndustryCode HAZARDOUS_CHEMICALS = IndustryCode.of("HAZARDOUS_CHEMICALS");
    private static final IndustryCode FIREWORKS = IndustryCode.of("FIREWORKS");
    private static final IndustryCode URBAN_GAS = IndustryCode.of("URBAN_GAS");

    private final InMemoryDeterminationStandards standards = new InMemoryDeterminationStandards();
    private final ImportStandard importStandard = new ImportStandard(standards);
    private final PutStandardInForce putInForce = new PutStandardInForce(standards);
    private final BrowseStandards browse = new BrowseStandards(standards);
    private final DetermineHazard determineHazard = new DetermineHazard(standards);

    private static ImportStandardCommand chemicals2017() {
        return new ImportStandardCommand("CHEM-2017", "化工和危险化学品生产经营单位重大生产安全事故隐患判定标准（试行）",
                "安监总管三〔2017〕121号", "国家安全生产监督管理总局", LocalDate.of(2017, 11, 13), null,
                Set.of(HAZARDOUS_CHEMICALS), DeterminationStandardKind.NATIONAL_STANDARD, null, List.of(
                        new StandardClause("2", null, "特种作业人员未持证上岗。"),
                        new StandardClause("20", null, "未按国家标准分区分类储存危险化学品，超量、超品种储存危险化学品，相互禁配物质混放混存。")));
    }

    private static ImportStandardCommand fireworks2017() {
        return new ImportStandardCommand("FIREWORKS-2017", "烟花爆竹生产经营单位重大生产安全事故隐患判定标准（试行）",
                "安监总管三〔2017〕121号", "国家安全生产监督管理总局", LocalDate.of(2017, 11, 13), null, Set.of(FIREWORKS),
                DeterminationStandardKind.NATIONAL_STANDARD, null,
                List.of(new StandardClause("8", null, "擅自改变工（库）房用途或者违规私搭乱建。")));
    }

    private static ImportStandardCommand chemicals2026(LocalDate effectiveFrom) {
        return new ImportStandardCommand("CHEM-2026", "化工和危险化学品生产经营单位重大生产安全事故隐患判定标准（修订）",
                "假设〔2026〕1号", "应急管理部", effectiveFrom, "CHEM-2017", Set.of(HAZARDOUS_CHEMICALS),
                DeterminationStandardKind.NATIONAL_STANDARD, null,
                List.of(new StandardClause("2", null, "特种作业人员未依法取得相应资格上岗作业。")));
    }

    private DeterminationResult determine(IndustryCode sector, LocalDate discoveredOn, String code, String clause) {
        return determineHazard.determine(
                new DeterminationRequest(sector, discoveredOn, new ClauseReference(code, clause)));
    }

    @Test
    void an_imported_revision_is_stored_and_its_predecessor_is_kept_marked_as_superseded() {
        importStandard.importStandard(chemicals2017());
        importStandard.importStandard(fireworks2017());
        importStandard.importStandard(chemicals2026(LocalDate.of(2026, 6, 1)));

        assertThat(browse.list()).extracting(DeterminationStandard::code)
                .containsExactly("CHEM-2017", "CHEM-2026", "FIREWORKS-2017");
        assertThat(browse.get("CHEM-2017").supersededBy()).isEqualTo("CHEM-2026");
        assertThat(browse.get("CHEM-2017").clauses()).hasSize(2);
        assertThat(browse.versions("CHEM-2026")).extracting(DeterminationStandard::code)
                .containsExactly("CHEM-2017", "CHEM-2026");
    }

    @Test
    void findings_are_judged_by_the_version_in_force_on_the_day_of_discovery() {
        importStandard.importStandard(chemicals2017());
        importStandard.importStandard(fireworks2017());

        assertThat(determine(HAZARDOUS_CHEMICALS, LocalDate.of(2024, 5, 1), "CHEM-2017", "2").level())
                .isEqualTo(HazardLevel.MAJOR);

        importStandard.importStandard(chemicals2026(LocalDate.of(2026, 6, 1)));

        assertThat(determine(HAZARDOUS_CHEMICALS, LocalDate.of(2026, 7, 1), "CHEM-2026", "2").standardCode())
                .isEqualTo("CHEM-2026");
        assertThat(determine(HAZARDOUS_CHEMICALS, LocalDate.of(2025, 1, 1), "CHEM-2017", "2").standardCode())
                .isEqualTo("CHEM-2017");
        assertThatThrownBy(() -> determine(HAZARDOUS_CHEMICALS, LocalDate.of(2026, 7, 1), "CHEM-2017", "2"))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("hazard.clause.not-in-force"));
        assertThatThrownBy(() -> determine(HAZARDOUS_CHEMICALS, LocalDate.of(2026, 7, 1), "FIREWORKS-2017", "8"))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("hazard.clause.other-sector"));
    }

    @Test
    void a_revision_imported_without_a_date_applies_once_it_is_put_in_force() {
        importStandard.importStandard(chemicals2017());
        importStandard.importStandard(chemicals2026(null));

        assertThat(browse.inForce(HAZARDOUS_CHEMICALS, LocalDate.of(2026, 7, 1)))
                .map(DeterminationStandard::code).contains("CHEM-2017");

        putInForce.putInForce(new PutStandardInForceCommand("CHEM-2026", LocalDate.of(2026, 6, 1)));

        assertThat(browse.get("CHEM-2026").effectiveFrom()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(browse.inForce(HAZARDOUS_CHEMICALS, LocalDate.of(2026, 7, 1)))
                .map(DeterminationStandard::code).contains("CHEM-2026");
    }

    @Test
    void a_departments_key_inspection_items_serve_a_sector_without_a_national_standard() {
        importStandard.importStandard(chemicals2017());
        importStandard.importStandard(new ImportStandardCommand("GAS-KEY-2024", "城镇燃气重点检查事项", null,
                "自治州住房和城乡建设局", LocalDate.of(2024, 4, 1), null, Set.of(URBAN_GAS),
                DeterminationStandardKind.KEY_INSPECTION_ITEMS, UnitCode.of("HUD"),
                List.of(new StandardClause("3", "瓶装液化石油气", "向未配备安全装置的用户供应瓶装液化石油气。"))));

        DeterminationResult result = determine(URBAN_GAS, LocalDate.of(2024, 6, 3), "GAS-KEY-2024", "3");

        assertThat(result.level()).isEqualTo(HazardLevel.MAJOR);
        assertThat(result.clauseText()).isEqualTo("向未配备安全装置的用户供应瓶装液化石油气。");
        assertThat(browse.get("GAS-KEY-2024").definedBy()).isEqualTo(UnitCode.of("HUD"));
    }

    @Test
    void a_finding_without_a_clause_is_a_general_hazard() {
        importStandard.importStandard(chemicals2017());

        assertThat(determineHazard.determine(
                new DeterminationRequest(HAZARDOUS_CHEMICALS, LocalDate.of(2024, 5, 1), null)).level())
                .isEqualTo(HazardLevel.GENERAL);
    }

    @Test
    void an_unknown_standard_is_not_found() {
        assertThatThrownBy(() -> browse.get("CHEM-2099")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> browse.versions("CHEM-2099")).isInstanceOf(NotFoundException.class);
    }
}
