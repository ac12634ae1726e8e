package org.zhiben.hazards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhiben.hazards.DeterminationStandardFixtures.FIREWORKS;
import static org.zhiben.hazards.DeterminationStandardFixtures.HAZARDOUS_CHEMICALS;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.InvalidValueException;

/** A successor keeps every sector of the version it replaces covered; a date of entry into force is a plausible day. */
class StandardImportRulesTest {

    private static DeterminationStandard version(String code, LocalDate effectiveFrom, String supersedes,
                                                 Set<IndustryCode> sectors) {
        return new DeterminationStandard(code, "修订版", "假设〔2026〕9号", "应急管理部", effectiveFrom, supersedes, null,
                sectors, DeterminationStandardKind.NATIONAL_STANDARD, null,
                List.of(new StandardClause("1", null, "条款。")));
    }

    @Test
    void a_version_of_another_sector_cannot_supersede_the_chemicals_standard() {
        StandardCatalog catalog = new StandardCatalog(List.of(DeterminationStandardFixtures.chemicals2017()));
        DeterminationStandard fireworks = version("FIREWORKS-2026", LocalDate.of(2026, 6, 1), "CHEM-2017",
                Set.of(FIREWORKS));

        assertThatThrownBy(() -> catalog.importVersion(fireworks))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("supersedes");
                    assertThat(e.code()).isEqualTo("hazard.standard.supersedes-other-sector");
                });
        assertThat(catalog.find("CHEM-2017").orElseThrow().supersededBy()).isNull();
        assertThat(catalog.inForce(HAZARDOUS_CHEMICALS, LocalDate.of(2026, 7, 1))).map(DeterminationStandard::code)
                .contains("CHEM-2017");
    }

    @Test
    void a_successor_may_cover_more_sectors_than_its_predecessor() {
        StandardCatalog catalog = new StandardCatalog(List.of(DeterminationStandardFixtures.chemicals2017()));
        catalog.importVersion(version("CHEM-2026", LocalDate.of(2026, 6, 1), "CHEM-2017",
                Set.of(HAZARDOUS_CHEMICALS, FIREWORKS)));
        assertThat(catalog.find("CHEM-2017").orElseThrow().supersededBy()).isEqualTo("CHEM-2026");
    }

    @Test
    void dates_of_entry_into_force_outside_1900_to_2100_are_refused() {
        for (LocalDate implausible : List.of(LocalDate.of(0, 1, 1), LocalDate.of(1899, 12, 31),
                LocalDate.of(2101, 1, 1), LocalDate.of(9999, 12, 31))) {
            assertThatThrownBy(() -> version("CHEM-2099", implausible, null, Set.of(HAZARDOUS_CHEMICALS)))
                    .isInstanceOfSatisfying(InvalidValueException.class,
                            e -> assertThat(e.code()).isEqualTo("hazard.standard.effective-date.out-of-range"));
        }
        StandardCatalog catalog = new StandardCatalog(List.of(version("CHEM-2030", null, null,
                Set.of(HAZARDOUS_CHEMICALS))));
        assertThatThrownBy(() -> catalog.putInForce("CHEM-2030", LocalDate.of(9999, 1, 1)))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("hazard.standard.effective-date.out-of-range"));
    }
}
