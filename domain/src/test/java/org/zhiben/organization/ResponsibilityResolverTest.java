package org.zhiben.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.zhiben.organization.Matter.matter;
import static org.zhiben.organization.Principle.APPROVER_RESPONSIBLE;
import static org.zhiben.organization.Principle.CLOSEST_LEADS;
import static org.zhiben.organization.Principle.COMPETENT_LEADS;
import static org.zhiben.organization.Principle.COMPETENT_RESPONSIBLE;
import static org.zhiben.organization.Principle.MAIN_ROLE_LEADS;
import static org.zhiben.organization.Principle.MANAGES_BUSINESS;
import static org.zhiben.organization.Principle.MANAGES_INDUSTRY;
import static org.zhiben.organization.Principle.MANAGES_PRODUCTION_OPERATION;
import static org.zhiben.organization.Principle.ONE_MATTER;
import static org.zhiben.organization.Principle.ORGANISER_RESPONSIBLE;
import static org.zhiben.organization.Principle.SUPERVISION_DUTY;
import static org.zhiben.organization.Principle.TERRITORIAL;
import static org.zhiben.organization.ReferenceIndustries.GRAIN;
import static org.zhiben.organization.ReferenceIndustries.HAZARDOUS_CHEMICALS;
import static org.zhiben.organization.ReferenceIndustries.ROAD_TRANSPORT;
import static org.zhiben.organization.ReferenceIndustries.URBAN_GAS;
import static org.zhiben.organization.TraceStep.Outcome.ADDED_RESPONSIBLE;
import static org.zhiben.organization.TraceStep.Outcome.CONFLICT;
import static org.zhiben.organization.TraceStep.Outcome.DECIDED;
import static org.zhiben.organization.TraceStep.Outcome.NOT_APPLICABLE;
import static org.zhiben.organization.TraceStep.Outcome.UNDECIDED;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.NotFoundException;
import org.zhiben.shared.UnitCode;

class ResponsibilityResolverTest {

    private static UnitCode unit(String code) {
        return UnitCode.of(code);
    }

    private static ResponsibleUnit responsible(String code, Principle... principles) {
        return new ResponsibleUnit(unit(code), List.of(principles));
    }

    private static ResponsibilityResolution resolve(Matter matter, Industry industry) {
        return ResponsibilityResolver.resolve(matter.build(), Optional.of(industry));
    }

    private static ResponsibilityResolution resolve(Matter matter) {
        return ResponsibilityResolver.resolve(matter.build(), Optional.empty());
    }

    @Nested
    @DisplayName("三管三必须")
    class ThreeMusts {

        @Test
        @DisplayName("管行业必须管安全: 粮食流通的主管部门发改委负责")
        void the_department_that_manages_an_industry_is_responsible_for_its_safety() {
            var resolution = resolve(matter("某粮库筒仓粉尘防爆隐患").inIndustry("GRAIN"), GRAIN);

            assertThat(resolution.responsibleUnits()).first()
                    .isEqualTo(responsible("NDRC", COMPETENT_LEADS, MANAGES_INDUSTRY, COMPETENT_RESPONSIBLE));
        }

        @Test
        @DisplayName("管业务必须管安全: 学校食堂的液化气, 教育局管业务")
        void a_schools_lpg_kitchen_is_the_business_of_the_education_bureau_while_housing_leads_on_gas() {
            var resolution = resolve(matter("某中学食堂瓶装液化石油气使用").inIndustry("URBAN_GAS").businessOf("EDU"),
                    URBAN_GAS);

            assertThat(resolution.lead()).contains(new DecidedLead(unit("HOUSING"), COMPETENT_LEADS));
            assertThat(resolution.coResponsibleUnits()).containsExactly(responsible("EDU", MANAGES_BUSINESS));
        }

        @Test
        @DisplayName("管生产经营必须管安全: 国有运输企业由国资委管生产经营")
        void the_unit_managing_a_state_owned_enterprises_production_and_operation_is_responsible() {
            var resolution = resolve(matter("州属国有客运公司车辆动态监控缺失")
                    .inIndustry("ROAD_TRANSPORT").productionOperationManagedBy("SASAC"), ROAD_TRANSPORT);

            assertThat(resolution.lead()).contains(new DecidedLead(unit("TRANSPORT"), COMPETENT_LEADS));
            assertThat(resolution.coResponsibleUnits())
                    .containsExactly(responsible("SASAC", MANAGES_PRODUCTION_OPERATION));
        }
    }

    @Nested
    @DisplayName("谁主管谁负责、谁审批谁负责、谁举办谁负责")
    class Accountability {

        @Test
        @DisplayName("谁主管谁负责: 明确指定的主管部门负责并牵头")
        void an_explicitly_named_competent_department_is_responsible_and_leads() {
            var resolution = resolve(matter("大型商业综合体消防通道堵塞").competentUnit("FIRE"));

            assertThat(resolution.lead()).contains(new DecidedLead(unit("FIRE"), COMPETENT_LEADS));
            assertThat(resolution.responsibleUnits())
                    .containsExactly(responsible("FIRE", COMPETENT_LEADS, COMPETENT_RESPONSIBLE));
        }

        @Test
        @DisplayName("谁举办谁负责、谁审批谁负责: 文体旅局举办、公安局审批的大型活动")
        void a_large_event_is_the_responsibility_of_its_organiser_and_of_the_unit_that_approved_it() {
            var resolution = resolve(matter("州庆大型文艺演出活动")
                    .organisedBy("CULTURE").approvedBy("PSB")
                    .mainly("CULTURE").contributing("PSB").contributing("FIRE"));

            assertThat(resolution.responsibleUnits()).containsExactly(
                    responsible("CULTURE", MAIN_ROLE_LEADS, ORGANISER_RESPONSIBLE),
                    responsible("PSB", APPROVER_RESPONSIBLE, ONE_MATTER),
                    responsible("FIRE", ONE_MATTER));
        }
    }

    @Nested
    @DisplayName("谁主管谁牵头、谁为主谁牵头、谁靠近谁牵头")
    class Leadership {

        @Test
        @DisplayName("谁主管谁牵头: 城镇燃气由住建局牵头")
        void the_competent_department_of_urban_gas_leads() {
            var resolution = resolve(matter("某小区燃气管道老化").inIndustry("URBAN_GAS"), URBAN_GAS);

            assertThat(resolution.lead()).contains(new DecidedLead(unit("HOUSING"), COMPETENT_LEADS));
            assertThat(resolution.trace()).first()
                    .extracting(TraceStep::principle, TraceStep::outcome, TraceStep::units)
                    .containsExactly(COMPETENT_LEADS, DECIDED, List.of(unit("HOUSING")));
            assertThat(resolution.undecided()).isFalse();
            assertThat(resolution.conflict()).isFalse();
        }

        @Test
        @DisplayName("谁为主谁牵头: 没有主管部门时, 起主要作用的单位牵头")
        void without_a_competent_department_the_unit_playing_the_main_role_leads() {
            var resolution = resolve(matter("州庆大型文艺演出活动").mainly("CULTURE").contributing("PSB"));

            assertThat(resolution.lead()).contains(new DecidedLead(unit("CULTURE"), MAIN_ROLE_LEADS));
            assertThat(resolution.trace()).extracting(TraceStep::principle, TraceStep::outcome).startsWith(
                    tuple(COMPETENT_LEADS, NOT_APPLICABLE),
                    tuple(MAIN_ROLE_LEADS, DECIDED));
        }

        @Test
        @DisplayName("谁靠近谁牵头: 新业态直播仓库, 商务局最靠近, 牵头")
        void a_new_business_form_with_no_regulator_is_led_by_the_closest_unit() {
            var resolution = resolve(matter("直播带货仓储点货物堆放与消防安全")
                    .newBusinessForm().contributing("COMMERCE", 1).contributing("SAMR", 2));

            assertThat(resolution.lead()).contains(new DecidedLead(unit("COMMERCE"), CLOSEST_LEADS));
            assertThat(resolution.trace()).extracting(TraceStep::principle, TraceStep::outcome).startsWith(
                    tuple(COMPETENT_LEADS, NOT_APPLICABLE),
                    tuple(MAIN_ROLE_LEADS, NOT_APPLICABLE),
                    tuple(CLOSEST_LEADS, DECIDED));
            assertThat(resolution.trace().get(0).explanationZh()).contains("新业态");
            assertThat(resolution.trace().get(2).units()).containsExactly(unit("COMMERCE"));
            assertThat(resolution.trace().get(2).explanationZh()).startsWith("谁靠近谁牵头").contains("COMMERCE");
            assertThat(resolution.coResponsibleUnits()).containsExactly(responsible("SAMR", ONE_MATTER));
        }

        @Test
        void the_competent_department_leads_before_a_unit_that_plays_the_main_role_is_considered() {
            var resolution = resolve(matter("某中学食堂瓶装液化石油气使用")
                    .inIndustry("URBAN_GAS").mainly("EDU", 1), URBAN_GAS);

            assertThat(resolution.lead()).contains(new DecidedLead(unit("HOUSING"), COMPETENT_LEADS));
            assertThat(resolution.trace()).extracting(TraceStep::principle)
                    .doesNotContain(MAIN_ROLE_LEADS, CLOSEST_LEADS);
        }
    }

    @Nested
    @DisplayName("属地管理、监管职责与“一件事”")
    class Supplementary {

        @Test
        @DisplayName("属地管理: 辖区人民政府负属地管理责任")
        void the_jurisdiction_of_the_matter_is_territorially_responsible() {
            var resolution = resolve(matter("某小区燃气管道老化").inIndustry("URBAN_GAS").inJurisdiction("653022"),
                    URBAN_GAS);

            assertThat(resolution.territorial()).contains(JurisdictionCode.of("653022"));
            assertThat(resolution.trace()).last()
                    .extracting(TraceStep::principle, TraceStep::outcome)
                    .containsExactly(TERRITORIAL, ADDED_RESPONSIBLE);
        }

        @Test
        void a_port_administration_is_territorially_responsible_for_its_port() {
            var resolution = resolve(matter("口岸货场危险货物临时存放").inJurisdiction("653000-P01"));

            assertThat(resolution.territorial()).contains(JurisdictionCode.of("653000-P01"));
        }

        @Test
        void without_a_jurisdiction_no_one_is_territorially_responsible() {
            var resolution = resolve(matter("某小区燃气管道老化").inIndustry("URBAN_GAS"), URBAN_GAS);

            assertThat(resolution.territorial()).isEmpty();
            assertThat(resolution.trace()).extracting(TraceStep::principle).doesNotContain(TERRITORIAL);
        }

        @Test
        @DisplayName("负有安全生产监督管理职责的部门负责")
        void the_department_with_supervision_duties_for_the_industry_is_responsible() {
            var resolution = resolve(matter("某粮库筒仓粉尘防爆隐患").inIndustry("GRAIN"), GRAIN);

            assertThat(resolution.coResponsibleUnits()).containsExactly(responsible("EMB", SUPERVISION_DUTY));
        }

        @Test
        void an_industry_that_only_has_a_supervising_department_leaves_the_lead_to_the_other_principles() {
            var resolution = resolve(matter("危化品仓库温度监测缺失").inIndustry("HAZARDOUS_CHEMICALS")
                    .mainly("EMB", 1), HAZARDOUS_CHEMICALS);

            assertThat(resolution.lead()).contains(new DecidedLead(unit("EMB"), MAIN_ROLE_LEADS));
            assertThat(resolution.responsibleUnits())
                    .containsExactly(responsible("EMB", MAIN_ROLE_LEADS, SUPERVISION_DUTY));
        }

        @Test
        @DisplayName("“一件事”由牵头部门组织推动、各相关部门齐抓共管")
        void every_other_involved_unit_co_manages_the_matter_along_the_whole_chain() {
            var resolution = resolve(matter("城镇燃气“一件事”全链条整治").inIndustry("URBAN_GAS")
                    .mainly("HOUSING").contributing("SAMR").contributing("FIRE"), URBAN_GAS);

            assertThat(resolution.responsibleUnits()).containsExactly(
                    responsible("HOUSING", COMPETENT_LEADS, MANAGES_INDUSTRY, COMPETENT_RESPONSIBLE, SUPERVISION_DUTY),
                    responsible("SAMR", ONE_MATTER),
                    responsible("FIRE", ONE_MATTER));
        }
    }

    @Nested
    @DisplayName("每个单位只列一次, 列出使其负责的全部原则")
    class ResponsibleUnits {

        @Test
        void a_unit_responsible_by_several_principles_is_listed_once_with_all_of_them() {
            var resolution = resolve(matter("某中学食堂瓶装液化石油气使用").inIndustry("URBAN_GAS")
                    .businessOf("EDU").organisedBy("EDU").contributing("EDU"), URBAN_GAS);

            assertThat(resolution.responsibleUnits()).extracting(ResponsibleUnit::unit)
                    .containsExactly(unit("HOUSING"), unit("EDU"));
            assertThat(resolution.coResponsibleUnits())
                    .containsExactly(responsible("EDU", MANAGES_BUSINESS, ORGANISER_RESPONSIBLE, ONE_MATTER));
        }

        @Test
        void the_lead_is_listed_first_among_the_responsible_units_and_left_out_of_the_co_responsible_ones() {
            var resolution = resolve(matter("州庆大型文艺演出活动").approvedBy("PSB").organisedBy("CULTURE")
                    .contributing("PSB").mainly("CULTURE"));

            assertThat(resolution.responsibleUnits()).extracting(ResponsibleUnit::unit)
                    .containsExactly(unit("CULTURE"), unit("PSB"));
            assertThat(resolution.coResponsibleUnits()).extracting(ResponsibleUnit::unit)
                    .containsExactly(unit("PSB"));
        }
    }

    @Nested
    @DisplayName("冲突")
    class Conflicts {

        @Test
        void a_named_competent_department_that_differs_from_the_industrys_wins_and_is_flagged_as_a_conflict() {
            var resolution = resolve(matter("某中学食堂瓶装液化石油气使用").inIndustry("URBAN_GAS").competentUnit("EDU"),
                    URBAN_GAS);

            assertThat(resolution.conflict()).isTrue();
            assertThat(resolution.lead()).contains(new DecidedLead(unit("EDU"), COMPETENT_LEADS));
            assertThat(resolution.trace()).extracting(TraceStep::principle, TraceStep::outcome, TraceStep::units)
                    .startsWith(
                            tuple(COMPETENT_LEADS, CONFLICT, List.of(unit("EDU"), unit("HOUSING"))),
                            tuple(COMPETENT_LEADS, DECIDED, List.of(unit("EDU"))));
            assertThat(resolution.trace().get(1).explanationEn()).contains("designated competent department prevails");
            assertThat(resolution.responsibleUnits()).containsExactly(
                    responsible("EDU", COMPETENT_LEADS, COMPETENT_RESPONSIBLE),
                    responsible("HOUSING", MANAGES_INDUSTRY, COMPETENT_RESPONSIBLE, SUPERVISION_DUTY));
        }

        @Test
        void a_named_competent_department_that_is_also_the_industrys_is_no_conflict() {
            var resolution = resolve(matter("某小区燃气管道老化").inIndustry("URBAN_GAS").competentUnit("HOUSING"),
                    URBAN_GAS);

            assertThat(resolution.conflict()).isFalse();
            assertThat(resolution.lead()).contains(new DecidedLead(unit("HOUSING"), COMPETENT_LEADS));
        }

        @Test
        void two_units_playing_the_main_role_conflict_and_the_closest_one_then_leads() {
            var resolution = resolve(matter("直播带货仓储点货物堆放与消防安全").newBusinessForm()
                    .mainly("COMMERCE", 1).mainly("SAMR", 2));

            assertThat(resolution.conflict()).isTrue();
            assertThat(resolution.trace()).extracting(TraceStep::principle, TraceStep::outcome, TraceStep::units)
                    .startsWith(
                            tuple(COMPETENT_LEADS, NOT_APPLICABLE, List.of()),
                            tuple(MAIN_ROLE_LEADS, CONFLICT, List.of(unit("COMMERCE"), unit("SAMR"))),
                            tuple(CLOSEST_LEADS, DECIDED, List.of(unit("COMMERCE"))));
            assertThat(resolution.lead()).contains(new DecidedLead(unit("COMMERCE"), CLOSEST_LEADS));
        }

        @Test
        void units_equally_close_conflict_and_leave_the_lead_undecided() {
            var resolution = resolve(matter("直播带货仓储点货物堆放与消防安全").newBusinessForm()
                    .contributing("COMMERCE", 1).contributing("SAMR", 1).contributing("FIRE", 2));

            assertThat(resolution.conflict()).isTrue();
            assertThat(resolution.undecided()).isTrue();
            assertThat(resolution.trace()).extracting(TraceStep::principle, TraceStep::outcome, TraceStep::units)
                    .contains(tuple(CLOSEST_LEADS, CONFLICT, List.of(unit("COMMERCE"), unit("SAMR"))));
            assertThat(resolution.responsibleUnits()).extracting(ResponsibleUnit::unit)
                    .containsExactly(unit("COMMERCE"), unit("SAMR"), unit("FIRE"));
        }
    }

    @Nested
    @DisplayName("无原则可定牵头单位")
    class Undecided {

        @Test
        void when_no_principle_decides_the_committee_office_must_assign_the_lead() {
            var resolution = resolve(matter("来源不明的群众举报事项"));

            assertThat(resolution.undecided()).isTrue();
            assertThat(resolution.lead()).isEmpty();
            assertThat(resolution.responsibleUnits()).isEmpty();
            assertThat(resolution.trace()).extracting(TraceStep::principle, TraceStep::outcome).containsExactly(
                    tuple(COMPETENT_LEADS, NOT_APPLICABLE),
                    tuple(MAIN_ROLE_LEADS, NOT_APPLICABLE),
                    tuple(CLOSEST_LEADS, NOT_APPLICABLE),
                    tuple(null, UNDECIDED));
            assertThat(resolution.trace()).last().satisfies(step -> {
                assertThat(step.explanationZh()).contains("安委会办公室", UnitKind.COMMITTEE_OFFICE.name());
                assertThat(step.explanationEn()).contains("committee office", UnitKind.COMMITTEE_OFFICE.name());
            });
        }

        @Test
        void involved_units_without_a_main_role_or_a_proximity_leave_the_lead_undecided_but_co_manage() {
            var resolution = resolve(matter("直播带货仓储点货物堆放与消防安全").newBusinessForm()
                    .contributing("COMMERCE").contributing("SAMR"));

            assertThat(resolution.undecided()).isTrue();
            assertThat(resolution.conflict()).isFalse();
            assertThat(resolution.coResponsibleUnits()).containsExactly(
                    responsible("COMMERCE", ONE_MATTER), responsible("SAMR", ONE_MATTER));
        }
    }

    @Nested
    @DisplayName("推理过程的顺序")
    class TraceOrder {

        @Test
        void the_trace_tries_the_lead_first_then_adds_the_responsible_units_in_a_fixed_order_then_the_territory() {
            var resolution = resolve(matter("某粮库职工食堂燃气与仓储安全")
                    .inIndustry("GRAIN").competentUnit("NDRC").businessOf("EDU", "COMMERCE")
                    .productionOperationManagedBy("SASAC").approvedBy("PSB").organisedBy("CULTURE")
                    .inJurisdiction("653001").contributing("FIRE"), GRAIN);

            assertThat(resolution.trace()).extracting(TraceStep::order, TraceStep::principle, TraceStep::outcome)
                    .containsExactly(
                            tuple(1, COMPETENT_LEADS, DECIDED),
                            tuple(2, MANAGES_INDUSTRY, ADDED_RESPONSIBLE),
                            tuple(3, COMPETENT_RESPONSIBLE, ADDED_RESPONSIBLE),
                            tuple(4, MANAGES_BUSINESS, ADDED_RESPONSIBLE),
                            tuple(5, MANAGES_PRODUCTION_OPERATION, ADDED_RESPONSIBLE),
                            tuple(6, APPROVER_RESPONSIBLE, ADDED_RESPONSIBLE),
                            tuple(7, ORGANISER_RESPONSIBLE, ADDED_RESPONSIBLE),
                            tuple(8, SUPERVISION_DUTY, ADDED_RESPONSIBLE),
                            tuple(9, ONE_MATTER, ADDED_RESPONSIBLE),
                            tuple(10, TERRITORIAL, ADDED_RESPONSIBLE));
            assertThat(resolution.responsibleUnits()).extracting(ResponsibleUnit::unit).containsExactly(
                    unit("NDRC"), unit("EDU"), unit("COMMERCE"), unit("SASAC"), unit("PSB"), unit("CULTURE"),
                    unit("EMB"), unit("FIRE"));
        }

        @Test
        void the_lead_principles_are_tried_in_the_plans_order_until_one_decides() {
            var resolution = resolve(matter("直播带货仓储点货物堆放与消防安全").newBusinessForm()
                    .contributing("COMMERCE", 1).contributing("SAMR", 2).inJurisdiction("653001"));

            assertThat(resolution.trace()).extracting(TraceStep::order, TraceStep::principle).containsExactly(
                    tuple(1, COMPETENT_LEADS),
                    tuple(2, MAIN_ROLE_LEADS),
                    tuple(3, CLOSEST_LEADS),
                    tuple(4, ONE_MATTER),
                    tuple(5, TERRITORIAL));
        }
    }

    @Nested
    @DisplayName("事项的校验")
    class Validation {

        @Test
        void a_matter_needs_a_description_of_at_most_500_characters() {
            assertThatThrownBy(() -> matter(" ").build())
                    .isInstanceOfSatisfying(InvalidValueException.class,
                            e -> assertThat(e.field()).isEqualTo("description"));
            assertThatThrownBy(() -> matter("隐".repeat(501)).build())
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                        assertThat(e.field()).isEqualTo("description");
                        assertThat(e.code()).isEqualTo("validation.too-long");
                    });
            assertThat(matter("隐".repeat(500)).build().description()).hasSize(500);
        }

        @Test
        void a_unit_may_not_be_involved_twice() {
            assertThatThrownBy(() -> matter("重复").contributing("SAMR").mainly("SAMR").build())
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                        assertThat(e.field()).isEqualTo("involvements[1].unit");
                        assertThat(e.code()).isEqualTo("organization.responsibility.unit.duplicate");
                    });
        }

        @Test
        void a_business_unit_may_not_be_listed_twice() {
            assertThatThrownBy(() -> matter("重复").businessOf("EDU", "EDU").build())
                    .isInstanceOfSatisfying(InvalidValueException.class,
                            e -> assertThat(e.field()).isEqualTo("businessUnits[1]"));
        }

        @Test
        void proximity_counts_from_one_for_the_closest_unit() {
            assertThatThrownBy(() -> new Involvement(unit("SAMR"), InvolvementRole.CONTRIBUTING, 0))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                        assertThat(e.field()).isEqualTo("proximity");
                        assertThat(e.code()).isEqualTo("organization.responsibility.proximity.invalid");
                    });
        }

        @Test
        void a_new_business_form_with_a_named_competent_department_is_contradictory() {
            assertThatThrownBy(() -> matter("直播带货仓储点").newBusinessForm().competentUnit("COMMERCE").build())
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                        assertThat(e.field()).isEqualTo("competentUnit");
                        assertThat(e.code()).isEqualTo("organization.responsibility.new-business-form.competent-unit");
                    });
        }

        @Test
        void a_new_business_form_in_an_industry_that_has_a_competent_department_is_contradictory() {
            assertThatThrownBy(() -> resolve(matter("新型燃气经营模式").newBusinessForm().inIndustry("URBAN_GAS"),
                    URBAN_GAS))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                        assertThat(e.field()).isEqualTo("industry");
                        assertThat(e.code()).isEqualTo("organization.responsibility.new-business-form.competent-unit");
                    });
        }

        @Test
        void the_industry_given_must_be_the_one_the_matter_names() {
            assertThatThrownBy(() -> resolve(matter("某粮库").inIndustry("GRAIN"), URBAN_GAS))
                    .isInstanceOfSatisfying(InvalidValueException.class,
                            e -> assertThat(e.code()).isEqualTo("organization.responsibility.industry.mismatch"));
            assertThatThrownBy(() -> resolve(matter("某粮库"), GRAIN))
                    .isInstanceOf(InvalidValueException.class);
            assertThatThrownBy(() -> resolve(matter("某粮库").inIndustry("GRAIN")))
                    .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.id()).isEqualTo("GRAIN"));
        }
    }
}
