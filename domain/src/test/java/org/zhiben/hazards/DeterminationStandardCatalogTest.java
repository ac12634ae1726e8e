package org.zhiben.hazards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhiben.hazards.DeterminationStandardFixtures.FIREWORKS;
import static org.zhiben.hazards.DeterminationStandardFixtures.HAZARDOUS_CHEMICALS;
import static org.zhiben.hazards.DeterminationStandardFixtures.SPECIAL_EQUIPMENT;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.NotFoundException;
import org.zhiben.shared.RuleViolationException;
import org.zhiben.shared.UnitCode;

class DeterminationStandardCatalogTest {

    private final StandardCatalog catalog = new StandardCatalog(
            List.of(DeterminationStandardFixtures.chemicals2017(), DeterminationStandardFixtures.fireworks2017(), DeterminationStandardFixtures.specialEquipmentItems()));

    private String inForce(IndustryCode sector, LocalDate date) {
        return catalog.inForce(sector, date).map(DeterminationStandard::code).orElse(null);
    }

    @Test
    void the_standard_in_force_is_the_one_covering_the_sector_that_has_come_into_force() {
        assertThat(inForce(HAZARDOUS_CHEMICALS, LocalDate.of(2024, 5, 1))).isEqualTo("CHEM-2017");
        assertThat(inForce(FIREWORKS, LocalDate.of(2024, 5, 1))).isEqualTo("FIREWORKS-2017");
        assertThat(inForce(HAZARDOUS_CHEMICALS, LocalDate.of(2017, 11, 12))).isNull();
        assertThat(inForce(IndustryCode.of("MINES"), LocalDate.of(2024, 5, 1))).isNull();
    }

    @Test
    void a_superseded_version_stays_in_force_until_its_successor_comes_into_force() {
        List<DeterminationStandard> toStore = catalog.importVersion(DeterminationStandardFixtures.chemicals2026(LocalDate.of(2026, 6, 1)));

        assertThat(toStore).extracting(DeterminationStandard::code).containsExactly("CHEM-2026", "CHEM-2017");
        assertThat(catalog.find("CHEM-2017").orElseThrow().supersededBy()).isEqualTo("CHEM-2026");
        assertThat(inForce(HAZARDOUS_CHEMICALS, LocalDate.of(2026, 5, 31))).isEqualTo("CHEM-2017");
        assertThat(inForce(HAZARDOUS_CHEMICALS, LocalDate.of(2026, 6, 1))).isEqualTo("CHEM-2026");
    }

    @Test
    void a_successor_without_a_date_does_not_yet_replace_its_predecessor() {
        catalog.importVersion(DeterminationStandardFixtures.chemicals2026(null));

        assertThat(inForce(HAZARDOUS_CHEMICALS, LocalDate.of(2030, 1, 1))).isEqualTo("CHEM-2017");

        catalog.putInForce("CHEM-2026", LocalDate.of(2026, 6, 1));

        assertThat(inForce(HAZARDOUS_CHEMICALS, LocalDate.of(2030, 1, 1))).isEqualTo("CHEM-2026");
    }

    @Test
    void a_date_of_entry_into_force_is_set_once_and_after_the_predecessors() {
        catalog.importVersion(DeterminationStandardFixtures.chemicals2026(null));

        assertThatThrownBy(() -> catalog.putInForce("CHEM-2026", LocalDate.of(2017, 11, 13)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("hazard.standard.effective-date.out-of-order"));
        assertThatThrownBy(() -> catalog.putInForce("CHEM-2017", LocalDate.of(2018, 1, 1)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("hazard.standard.effective-date.already-set"));
        assertThatThrownBy(() -> catalog.putInForce("CHEM-2099", LocalDate.of(2018, 1, 1)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void national_standards_take_precedence_over_key_inspection_items() {
        catalog.importVersion(new DeterminationStandard("SE-2025", "特种设备重大事故隐患判定准则", "假设〔2025〕1号",
                "国家市场监督管理总局", LocalDate.of(2025, 3, 1), null, null, Set.of(SPECIAL_EQUIPMENT),
                DeterminationStandardKind.NATIONAL_STANDARD, null,
                List.of(new StandardClause("1", null, "使用非法生产的特种设备。"))));

        assertThat(inForce(SPECIAL_EQUIPMENT, LocalDate.of(2024, 6, 1))).isEqualTo("SE-KEY-2024");
        assertThat(inForce(SPECIAL_EQUIPMENT, LocalDate.of(2025, 3, 1))).isEqualTo("SE-2025");
    }

    @Test
    void a_code_is_imported_once() {
        assertThatThrownBy(() -> catalog.importVersion(DeterminationStandardFixtures.chemicals2017()))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("hazard.standard.duplicate"));
    }

    @Test
    void a_version_may_only_supersede_a_known_version_not_yet_superseded() {
        StandardCatalog withoutPredecessor = new StandardCatalog(List.of(DeterminationStandardFixtures.fireworks2017()));
        assertThatThrownBy(() -> withoutPredecessor.importVersion(DeterminationStandardFixtures.chemicals2026(LocalDate.of(2026, 6, 1))))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("supersedes");
                    assertThat(e.code()).isEqualTo("hazard.standard.supersedes-unknown");
                });

        catalog.importVersion(DeterminationStandardFixtures.chemicals2026(LocalDate.of(2026, 6, 1)));
        DeterminationStandard rival = new DeterminationStandard("CHEM-2026B", "另一修订", "假设〔2026〕2号", "应急管理部",
                LocalDate.of(2026, 9, 1), "CHEM-2017", null, Set.of(HAZARDOUS_CHEMICALS),
                DeterminationStandardKind.NATIONAL_STANDARD, null, List.of(new StandardClause("1", null, "条款。")));
        assertThatThrownBy(() -> catalog.importVersion(rival))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("hazard.standard.already-superseded"));
    }

    @Test
    void a_successor_must_come_into_force_after_its_predecessor() {
        assertThatThrownBy(() -> catalog.importVersion(DeterminationStandardFixtures.chemicals2026(LocalDate.of(2017, 1, 1))))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("hazard.standard.effective-date.out-of-order"));
        assertThat(catalog.find("CHEM-2017").orElseThrow().supersededBy()).isNull();
        assertThat(catalog.find("CHEM-2026")).isEmpty();
    }

    @Test
    void the_versions_of_a_code_are_listed_oldest_first_from_any_of_them() {
        catalog.importVersion(DeterminationStandardFixtures.chemicals2026(LocalDate.of(2026, 6, 1)));

        assertThat(catalog.versionsOf("CHEM-2026")).extracting(DeterminationStandard::code)
                .containsExactly("CHEM-2017", "CHEM-2026");
        assertThat(catalog.versionsOf("CHEM-2017")).extracting(DeterminationStandard::code)
                .containsExactly("CHEM-2017", "CHEM-2026");
        assertThat(catalog.versionsOf("FIREWORKS-2017")).extracting(DeterminationStandard::code)
                .containsExactly("FIREWORKS-2017");
    }

    @Test
    void clause_numbers_are_unique_within_a_standard() {
        assertThatThrownBy(() -> new DeterminationStandard("CHEM-X", "标题", "文号", "发布机关", null, null, null,
                Set.of(HAZARDOUS_CHEMICALS), DeterminationStandardKind.NATIONAL_STANDARD, null, List.of(
                        new StandardClause("1", null, "甲。"), new StandardClause("1", null, "乙。"))))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("hazard.standard.clause.duplicate"));
    }

    @Test
    void a_standard_has_clauses_each_with_text() {
        assertThatThrownBy(() -> new DeterminationStandard("CHEM-X", "标题", "文号", "发布机关", null, null, null,
                Set.of(HAZARDOUS_CHEMICALS), DeterminationStandardKind.NATIONAL_STANDARD, null, List.of()))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new StandardClause("1", null, " ")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void key_inspection_items_name_the_unit_that_defined_them_and_a_national_standard_does_not() {
        assertThatThrownBy(() -> new DeterminationStandard("SE-KEY-X", "重点检查事项", null, "市场监管局", null, null, null,
                Set.of(SPECIAL_EQUIPMENT), DeterminationStandardKind.KEY_INSPECTION_ITEMS, null,
                List.of(new StandardClause("1", null, "甲。"))))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("hazard.standard.defined-by.mismatch"));
        assertThatThrownBy(() -> new DeterminationStandard("CHEM-X", "标题", "文号", "发布机关", null, null, null,
                Set.of(HAZARDOUS_CHEMICALS), DeterminationStandardKind.NATIONAL_STANDARD, UnitCode.of("EMB"),
                List.of(new StandardClause("1", null, "甲。"))))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("hazard.standard.defined-by.mismatch"));
    }

    @Test
    void a_standard_code_is_upper_case_and_cannot_supersede_itself() {
        assertThatThrownBy(() -> new DeterminationStandard("chem-2017", "标题", "文号", "发布机关", null, null, null,
                Set.of(HAZARDOUS_CHEMICALS), DeterminationStandardKind.NATIONAL_STANDARD, null,
                List.of(new StandardClause("1", null, "甲。"))))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("hazard.standard.code.invalid"));
        assertThatThrownBy(() -> new DeterminationStandard("CHEM-X", "标题", "文号", "发布机关", null, "CHEM-X", null,
                Set.of(HAZARDOUS_CHEMICALS), DeterminationStandardKind.NATIONAL_STANDARD, null,
                List.of(new StandardClause("1", null, "甲。"))))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("hazard.standard.supersedes-itself"));
    }
}
