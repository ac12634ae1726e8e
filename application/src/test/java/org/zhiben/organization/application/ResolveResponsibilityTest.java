package org.zhiben.organization.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.zhiben.organization.DecidedLead;
import org.zhiben.organization.Involvement;
import org.zhiben.organization.InvolvementRole;
import org.zhiben.organization.Principle;
import org.zhiben.organization.ResponsibilityMatter;
import org.zhiben.organization.ResponsibleUnit;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.NotFoundException;
import org.zhiben.shared.UnitCode;

class ResolveResponsibilityTest {

    private final ResolveResponsibility resolveResponsibility = new ResolveResponsibility(
            ReferenceData.industries(), ReferenceData.memberUnits(), ReferenceData.jurisdictions());

    /** A mutable draft of a matter; each test changes what it needs. */
    private static final class Draft {
        String description = "某中学食堂瓶装液化石油气使用";
        IndustryCode industry;
        UnitCode competentUnit;
        List<UnitCode> businessUnits = new ArrayList<>();
        UnitCode productionOperationUnit;
        UnitCode approvingUnit;
        UnitCode organizingUnit;
        JurisdictionCode jurisdiction;
        List<Involvement> involvements = new ArrayList<>();
        boolean newBusinessForm;

        ResponsibilityMatter build() {
            return new ResponsibilityMatter(description, industry, competentUnit, businessUnits,
                    productionOperationUnit, approvingUnit, organizingUnit, jurisdiction, involvements,
                    newBusinessForm);
        }
    }

    private static ResponsibilityMatter matter(Consumer<Draft> change) {
        Draft draft = new Draft();
        change.accept(draft);
        return draft.build();
    }

    private static UnitCode unit(String code) {
        return UnitCode.of(code);
    }

    @Test
    @DisplayName("管业务必须管安全: 学校食堂液化气由住建局牵头, 教育局管业务")
    void the_industry_is_looked_up_so_that_its_competent_department_leads() {
        var resolution = resolveResponsibility.resolve(matter(m -> {
            m.industry = IndustryCode.of("URBAN_GAS");
            m.businessUnits.add(unit("EDU"));
            m.jurisdiction = JurisdictionCode.of("653024");
        }));

        assertThat(resolution.lead()).contains(new DecidedLead(unit("HOUSING"), Principle.COMPETENT_LEADS));
        assertThat(resolution.coResponsibleUnits())
                .containsExactly(new ResponsibleUnit(unit("EDU"), List.of(Principle.MANAGES_BUSINESS)));
        assertThat(resolution.territorial()).contains(JurisdictionCode.of("653024"));
    }

    @Test
    @DisplayName("谁靠近谁牵头: 新业态直播仓库由最靠近的商务局牵头")
    void a_new_business_form_without_an_industry_is_led_by_the_closest_unit() {
        var resolution = resolveResponsibility.resolve(matter(m -> {
            m.description = "直播带货仓储点货物堆放与消防安全";
            m.newBusinessForm = true;
            m.involvements.add(new Involvement(unit("COMMERCE"), InvolvementRole.CONTRIBUTING, 1));
            m.involvements.add(new Involvement(unit("SAMR"), InvolvementRole.CONTRIBUTING, 2));
        }));

        assertThat(resolution.lead()).contains(new DecidedLead(unit("COMMERCE"), Principle.CLOSEST_LEADS));
    }

    @Test
    void an_unknown_industry_is_not_found() {
        assertThatThrownBy(() -> resolveResponsibility.resolve(matter(m -> m.industry = IndustryCode.of("MINES"))))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.entity()).isEqualTo("industry");
                    assertThat(e.id()).isEqualTo("MINES");
                });
    }

    static Stream<Arguments> unknownUnits() {
        UnitCode unknown = UnitCode.of("NOBODY");
        return Stream.of(
                Arguments.of("competentUnit", (Consumer<Draft>) m -> m.competentUnit = unknown),
                Arguments.of("businessUnits[1]", (Consumer<Draft>) m -> {
                    m.businessUnits.add(UnitCode.of("EDU"));
                    m.businessUnits.add(unknown);
                }),
                Arguments.of("productionOperationUnit", (Consumer<Draft>) m -> m.productionOperationUnit = unknown),
                Arguments.of("approvingUnit", (Consumer<Draft>) m -> m.approvingUnit = unknown),
                Arguments.of("organizingUnit", (Consumer<Draft>) m -> m.organizingUnit = unknown),
                Arguments.of("involvements[0].unit", (Consumer<Draft>) m -> m.involvements.add(
                        new Involvement(unknown, InvolvementRole.MAIN, 1))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unknownUnits")
    void a_unit_unknown_to_the_reference_data_is_refused_naming_the_field(String field, Consumer<Draft> change) {
        assertThatThrownBy(() -> resolveResponsibility.resolve(matter(change)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.code()).isEqualTo("organization.responsibility.unit.unknown");
                    assertThat(e.arguments()).containsExactly(UnitCode.of("NOBODY"));
                });
    }

    @Test
    void an_unknown_jurisdiction_is_refused_naming_the_field() {
        assertThatThrownBy(() -> resolveResponsibility.resolve(
                matter(m -> m.jurisdiction = JurisdictionCode.of("653099"))))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("jurisdiction");
                    assertThat(e.code()).isEqualTo("organization.responsibility.jurisdiction.unknown");
                });
    }
}
