package org.zhiben.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhiben.enforcement.EnforcementFixtures.ARTUX;
import static org.zhiben.enforcement.EnforcementFixtures.CHEMICALS;
import static org.zhiben.enforcement.EnforcementFixtures.ENTERPRISE;
import static org.zhiben.enforcement.EnforcementFixtures.INSPECTOR_LI;
import static org.zhiben.enforcement.EnforcementFixtures.INSPECTOR_WANG;
import static org.zhiben.enforcement.EnforcementFixtures.OFFICER;
import static org.zhiben.enforcement.EnforcementFixtures.at;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhiben.hazards.ClauseReference;
import org.zhiben.hazards.DiscoveryChannel;
import org.zhiben.hazards.HazardId;
import org.zhiben.hazards.MajorHazard;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.NotPermittedException;
import org.zhiben.shared.RuleViolationException;

class InspectionTest {

    static final LocalDate DAY = LocalDate.of(2025, 5, 6);
    static final ClauseReference CLAUSE = new ClauseReference("CHEM-2017", "2");

    static Inspection recorded() {
        return Inspection.record(InspectionId.newId(), ENTERPRISE, ARTUX, CHEMICALS, DAY,
                InspectionMethod.FOUR_NOS_TWO_STRAIGHTS, List.of("inspector.li", "inspector.wang"),
                List.of(ChecklistItem.of("C1", "液位计是否接入报警系统"), ChecklistItem.of("C2", "是否配备安全管理人员"),
                        ChecklistItem.of("C3", "是否有矿井通风")), INSPECTOR_LI);
    }

    static Inspection marked() {
        Inspection inspection = recorded();
        inspection.mark("C1", ChecklistMark.FINDING, CLAUSE, "T-3 液位计未接入报警", INSPECTOR_LI);
        inspection.mark("C2", ChecklistMark.FINE, null, null, INSPECTOR_WANG);
        inspection.mark("C3", ChecklistMark.NOT_APPLICABLE, null, null, INSPECTOR_LI);
        return inspection;
    }

    @Test
    void an_inspection_names_at_least_two_inspectors_and_the_method() {
        assertThatThrownBy(() -> Inspection.record(InspectionId.newId(), ENTERPRISE, ARTUX, CHEMICALS, DAY,
                InspectionMethod.ROUTINE, List.of("inspector.li"), List.of(ChecklistItem.of("C1", "x")),
                INSPECTOR_LI)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Inspection.record(InspectionId.newId(), ENTERPRISE, ARTUX, CHEMICALS, DAY,
                InspectionMethod.ROUTINE, List.of("inspector.li", "inspector.li"), List.of(ChecklistItem.of("C1", "x")),
                INSPECTOR_LI)).isInstanceOf(InvalidValueException.class);
        assertThat(recorded().method().label()).isEqualTo("四不两直");
        assertThat(recorded().inspectingUnit()).isEqualTo("EMB");
    }

    @Test
    @DisplayName("严格执行“谁检查、谁签名、谁负责”：只有一个签名的检查不能办结")
    void an_inspection_with_one_signature_cannot_be_closed() {
        Inspection inspection = marked();
        inspection.sign(INSPECTOR_LI, at(DAY));

        assertThatThrownBy(() -> inspection.close(INSPECTOR_LI, at(DAY)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("2 signatures");
        assertThatThrownBy(() -> inspection.sign(INSPECTOR_LI, at(DAY))).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> inspection.sign(OFFICER, at(DAY))).isInstanceOf(NotPermittedException.class);

        inspection.sign(INSPECTOR_WANG, at(DAY));
        inspection.close(INSPECTOR_WANG, at(DAY));

        assertThat(inspection.closed()).isTrue();
        assertThat(inspection.signatures()).extracting(InspectionSignature::inspector)
                .containsExactly("inspector.li", "inspector.wang");
        assertThat(inspection.pullEvents()).last().isInstanceOfSatisfying(InspectionClosed.class,
                closed -> assertThat(closed.findings()).isEqualTo(1));
    }

    @Test
    void a_signed_checklist_no_longer_changes_and_every_item_is_marked_before_signing() {
        Inspection unmarked = recorded();
        assertThatThrownBy(() -> unmarked.sign(INSPECTOR_LI, at(DAY))).isInstanceOf(RuleViolationException.class);

        Inspection inspection = marked();
        inspection.sign(INSPECTOR_LI, at(DAY));
        assertThatThrownBy(() -> inspection.mark("C2", ChecklistMark.NOT_APPLICABLE, null, null, INSPECTOR_WANG))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void a_finding_cites_a_clause_and_carries_what_the_hazards_module_answered() {
        Inspection inspection = recorded();
        assertThatThrownBy(() -> inspection.mark("C1", ChecklistMark.FINDING, null, "x", INSPECTOR_LI))
                .isInstanceOf(InvalidValueException.class);

        Inspection marked = marked();
        marked.findingRefused("C1", "hazard.enterprise.unknown", "企业不在登记册中", List.of("E-1"));
        assertThat(marked.item("C1").hazardRefusal()).isEqualTo("企业不在登记册中");
        assertThat(marked.item("C1").hazardRefusalCode()).isEqualTo("hazard.enterprise.unknown");
        assertThat(marked.item("C1").hazardRefusalArguments()).containsExactly("E-1");
        HazardId hazard = HazardId.newId();
        marked.findingAccepted("C1", hazard);
        assertThat(marked.item("C1").hazard()).isEqualTo(hazard);
        assertThat(marked.item("C1").hazardRefusal()).isNull();
        assertThat(marked.found(hazard)).isTrue();
        assertThatThrownBy(() -> marked.findingAccepted("C2", HazardId.newId()))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    @DisplayName("逢查必考：主要负责人的考试成绩和是否合格随检查记录并发布")
    void the_principals_exam_is_recorded_and_published_as_an_event() {
        Inspection inspection = recorded();
        inspection.recordExam(new PrincipalExam(72, 80), INSPECTOR_WANG, at(DAY));

        assertThat(inspection.exam()).get().extracting(PrincipalExam::passed).isEqualTo(false);
        assertThat(inspection.pullEvents()).singleElement().isInstanceOfSatisfying(PrincipalExamRecorded.class,
                exam -> {
                    assertThat(exam.score()).isEqualTo(72);
                    assertThat(exam.passed()).isFalse();
                    assertThat(exam.enterpriseId()).isEqualTo(ENTERPRISE);
                });
        assertThatThrownBy(() -> inspection.recordExam(new PrincipalExam(90, 80), INSPECTOR_WANG, at(DAY)))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    @DisplayName("建立执法检查责任倒查机制：检查后6个月内登记的未查出的重大事故隐患列入复查清单")
    void a_major_hazard_registered_within_the_window_after_an_inspection_that_missed_it_puts_it_on_review() {
        Inspection inspection = marked();
        MajorHazard missed = EnforcementFixtures.rectifying(DiscoveryChannel.SELF_INSPECTION, DAY.plusMonths(6),
                DAY.plusMonths(7));
        MajorHazard later = EnforcementFixtures.rectifying(DiscoveryChannel.SELF_INSPECTION,
                DAY.plusMonths(6).plusDays(1), DAY.plusMonths(8));
        MajorHazard found = EnforcementFixtures.rectifying(DiscoveryChannel.SUPERVISORY_INSPECTION, DAY.plusDays(1),
                DAY.plusMonths(1));
        inspection.findingAccepted("C1", found.id());
        ResponsibilityTracing tracing = ResponsibilityTracing.SHIPPED;

        assertThat(tracing.windowMonths()).isEqualTo(6);
        assertThat(tracing.review(inspection, missed, EnforcementFixtures.ZONE)).get()
                .satisfies(review -> assertThat(review.registeredOn()).isEqualTo(DAY.plusMonths(6)));
        assertThat(tracing.review(inspection, later, EnforcementFixtures.ZONE)).isEmpty();
        assertThat(tracing.review(inspection, found, EnforcementFixtures.ZONE)).isEmpty();
        ResponsibilityTracing longer = new ResponsibilityTracing(LocalDate.of(2025, 1, 1), 12);
        assertThat(ResponsibilityTracing.inForceOn(List.of(tracing, longer), DAY)
                .review(inspection, later, EnforcementFixtures.ZONE)).isPresent();
    }
}
