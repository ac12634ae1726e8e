package org.zhiben.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhiben.enforcement.EnforcementFixtures.ARTUX;
import static org.zhiben.enforcement.EnforcementFixtures.CHEMICALS;
import static org.zhiben.enforcement.EnforcementFixtures.ENTERPRISE;
import static org.zhiben.enforcement.EnforcementFixtures.LEGAL;
import static org.zhiben.enforcement.EnforcementFixtures.OFFICER;
import static org.zhiben.enforcement.EnforcementFixtures.at;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhiben.hazards.DiscoveryChannel;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.NotPermittedException;
import org.zhiben.shared.RuleViolationException;

class PenaltyCaseTest {

    private static final LocalDate OPENED = LocalDate.of(2025, 2, 3);

    static PenaltyCase opened() {
        return PenaltyCase.open(PenaltyCaseId.newId(), ENTERPRISE, ARTUX, CHEMICALS,
                new CaseOrigin(CaseOrigin.Kind.HAZARD, UUID.randomUUID()), "未采取措施消除重大事故隐患", OFFICER,
                at(OPENED));
    }

    static PenaltyCase notified(List<PenaltyMeasure> measures) {
        PenaltyCase penaltyCase = opened();
        penaltyCase.setBasisAndMeasures(LegalCatalogue.SHIPPED, List.of("AQSCF-102"), null, measures, "张某");
        penaltyCase.notifyRights(OPENED.plusDays(1));
        return penaltyCase;
    }

    @Test
    @DisplayName("对严重违法行为依法采取……“一案双罚”等手段：单位和责任人员一并处罚")
    void a_dual_penalty_punishes_the_unit_and_the_responsible_person() {
        PenaltyCase penaltyCase = opened();
        penaltyCase.setBasisAndMeasures(LegalCatalogue.SHIPPED, List.of("AQSCF-102"), "AQSCF-102-B",
                List.of(PenaltyMeasure.fine(PenaltyParty.UNIT, Money.ofYuan(50_000)),
                        PenaltyMeasure.fine(PenaltyParty.RESPONSIBLE_PERSON, Money.ofYuan(30_000))), "张某");

        assertThat(penaltyCase.isDualPenalty()).isTrue();
        assertThat(penaltyCase.totalFine()).isEqualTo(Money.ofYuan(80_000));
        assertThat(penaltyCase.catalogueVersion()).isEqualTo("AQSCF-2021");
        assertThat(LegalCatalogue.SHIPPED.article("AQSCF-102").citation()).isEqualTo("《中华人民共和国安全生产法》第一百零二条");
        assertThatThrownBy(() -> opened().setBasisAndMeasures(LegalCatalogue.SHIPPED, List.of("AQSCF-102"), null,
                List.of(PenaltyMeasure.fine(PenaltyParty.RESPONSIBLE_PERSON, Money.ofYuan(30_000))), null))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void a_fine_outside_the_discretion_band_is_refused() {
        assertThatThrownBy(() -> opened().setBasisAndMeasures(LegalCatalogue.SHIPPED, List.of("AQSCF-102"),
                "AQSCF-102-A", List.of(PenaltyMeasure.fine(PenaltyParty.UNIT, Money.ofYuan(30_000))), null))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("outside the band");
        assertThatThrownBy(() -> opened().setBasisAndMeasures(LegalCatalogue.SHIPPED, List.of("AQSCF-94"),
                "AQSCF-102-A", List.of(PenaltyMeasure.fine(PenaltyParty.UNIT, Money.ofYuan(10_000))), null))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    @DisplayName("重大执法决定法制审核制度：停产整顿未经法制审核不得作出决定")
    void a_major_decision_without_legal_review_is_refused() {
        PenaltyCase penaltyCase = notified(List.of(PenaltyMeasure.of(MeasureKind.SUSPENSION, PenaltyParty.UNIT,
                "停产停业整顿三个月")));

        assertThat(penaltyCase.isMajor(MajorDecisionRule.SHIPPED)).isTrue();
        assertThatThrownBy(() -> penaltyCase.decide(OPENED.plusDays(5), MajorDecisionRule.SHIPPED,
                WorkingDayCalendar.WEEKDAYS, OFFICER, at(OPENED.plusDays(5))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("legal review");

        penaltyCase.recordLegalReview(new LegalReview(false, "证据不足，退回补充", LEGAL, at(OPENED.plusDays(3))));
        assertThatThrownBy(() -> penaltyCase.decide(OPENED.plusDays(5), MajorDecisionRule.SHIPPED,
                WorkingDayCalendar.WEEKDAYS, OFFICER, at(OPENED.plusDays(5))))
                .isInstanceOf(RuleViolationException.class);

        penaltyCase.recordLegalReview(new LegalReview(true, "事实清楚，依据正确，程序合法", LEGAL,
                at(OPENED.plusDays(4))));
        penaltyCase.decide(OPENED.plusDays(5), MajorDecisionRule.SHIPPED, WorkingDayCalendar.WEEKDAYS, OFFICER,
                at(OPENED.plusDays(5)));
        assertThat(penaltyCase.status()).isEqualTo(PenaltyCaseStatus.DECIDED);
        assertThat(penaltyCase.decidingUnit()).contains("EMB");
    }

    @Test
    @DisplayName("法制审核退回：修改处罚措施后须重新告知，再经审核方可决定")
    void a_returned_legal_review_lets_the_officer_revise_the_measures_and_notify_again() {
        PenaltyCase penaltyCase = notified(List.of(PenaltyMeasure.of(MeasureKind.SUSPENSION, PenaltyParty.UNIT,
                "停产停业整顿三个月")));
        assertThat(penaltyCase.isRevisable()).isFalse();

        penaltyCase.recordLegalReview(new LegalReview(false, "停产整顿期限过长，请重新裁量", LEGAL,
                at(OPENED.plusDays(3))));
        assertThat(penaltyCase.isRevisable()).isTrue();
        penaltyCase.setBasisAndMeasures(LegalCatalogue.SHIPPED, List.of("AQSCF-102"), null,
                List.of(PenaltyMeasure.of(MeasureKind.SUSPENSION, PenaltyParty.UNIT, "停产停业整顿一个月")), null);

        assertThat(penaltyCase.status()).isEqualTo(PenaltyCaseStatus.OPEN);
        assertThat(penaltyCase.legalReview()).isEmpty();
        assertThatThrownBy(() -> penaltyCase.decide(OPENED.plusDays(5), MajorDecisionRule.SHIPPED,
                WorkingDayCalendar.WEEKDAYS, OFFICER, at(OPENED.plusDays(5))))
                .isInstanceOf(RuleViolationException.class);
        penaltyCase.notifyRights(OPENED.plusDays(4));
        penaltyCase.recordLegalReview(new LegalReview(true, "裁量适当", LEGAL, at(OPENED.plusDays(5))));
        penaltyCase.decide(OPENED.plusDays(6), MajorDecisionRule.SHIPPED, WorkingDayCalendar.WEEKDAYS, OFFICER,
                at(OPENED.plusDays(6)));
        assertThat(penaltyCase.status()).isEqualTo(PenaltyCaseStatus.DECIDED);
    }

    @Test
    void closure_and_a_fine_above_the_threshold_are_major_a_small_fine_is_not() {
        MajorDecisionRule rule = MajorDecisionRule.SHIPPED;

        assertThat(rule.isMajor(List.of(PenaltyMeasure.of(MeasureKind.CLOSURE, PenaltyParty.UNIT, null)))).isTrue();
        assertThat(rule.isMajor(List.of(PenaltyMeasure.fine(PenaltyParty.UNIT, Money.ofYuan(100_001))))).isTrue();
        assertThat(rule.isMajor(List.of(PenaltyMeasure.fine(PenaltyParty.UNIT, Money.ofYuan(100_000))))).isFalse();
        PenaltyCase small = notified(List.of(PenaltyMeasure.fine(PenaltyParty.UNIT, Money.ofYuan(20_000))));
        small.decide(OPENED.plusDays(2), rule, WorkingDayCalendar.WEEKDAYS, OFFICER, at(OPENED.plusDays(2)));
        assertThat(small.pullEvents()).last().isInstanceOfSatisfying(PenaltyCaseDecided.class,
                decided -> assertThat(decided.major()).isFalse());
    }

    @Test
    void only_a_legal_reviewer_records_a_legal_review() {
        assertThatThrownBy(() -> new LegalReview(true, "同意", OFFICER, at(OPENED)))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    @DisplayName("行政执法公示：决定作出之日起7个工作日内公开（跨周末）")
    void a_decision_is_due_for_publication_within_7_working_days_including_a_weekend() {
        PenaltyCase penaltyCase = notified(List.of(PenaltyMeasure.fine(PenaltyParty.UNIT, Money.ofYuan(20_000))));
        LocalDate thursday = LocalDate.of(2025, 4, 10);

        penaltyCase.decide(thursday, MajorDecisionRule.SHIPPED, WorkingDayCalendar.WEEKDAYS, OFFICER, at(thursday));

        // Fri 11, (Sat 12, Sun 13 not counted), Mon 14, Tue 15, Wed 16, Thu 17, Fri 18, (Sat 19, Sun 20), Mon 21
        assertThat(penaltyCase.publicationDueOn()).contains(LocalDate.of(2025, 4, 21));
        assertThat(penaltyCase.isPublicationOverdue(LocalDate.of(2025, 4, 21))).isFalse();
        assertThat(penaltyCase.isPublicationOverdue(LocalDate.of(2025, 4, 22))).isTrue();
        penaltyCase.pullEvents();
        penaltyCase.publish(LocalDate.of(2025, 4, 21), at(LocalDate.of(2025, 4, 21)));
        assertThat(penaltyCase.pullEvents()).singleElement().isInstanceOfSatisfying(PenaltyDecisionPublished.class,
                published -> assertThat(published.inTime()).isTrue());
        assertThat(penaltyCase.isPublicationOverdue(LocalDate.of(2025, 5, 1))).isFalse();
    }

    @Test
    @DisplayName("行政执法公示：决定作出之日起7个工作日内公开（法定节假日不计，调休上班日计入）")
    void the_7_working_days_skip_a_holiday_and_count_an_adjusted_working_day() {
        PenaltyCase penaltyCase = notified(List.of(PenaltyMeasure.fine(PenaltyParty.UNIT, Money.ofYuan(20_000))));
        LocalDate friday = LocalDate.of(2025, 9, 26);
        WorkingDayCalendar calendar = WorkingDayCalendar.of(List.of(
                new CalendarDay(LocalDate.of(2025, 9, 28), CalendarDay.Kind.ADJUSTED_WORKING_DAY, "国庆节"),
                new CalendarDay(LocalDate.of(2025, 10, 1), CalendarDay.Kind.HOLIDAY, "国庆节"),
                new CalendarDay(LocalDate.of(2025, 10, 2), CalendarDay.Kind.HOLIDAY, "国庆节"),
                new CalendarDay(LocalDate.of(2025, 10, 3), CalendarDay.Kind.HOLIDAY, "国庆节"),
                new CalendarDay(LocalDate.of(2025, 10, 6), CalendarDay.Kind.HOLIDAY, "中秋节"),
                new CalendarDay(LocalDate.of(2025, 10, 7), CalendarDay.Kind.HOLIDAY, "国庆节"),
                new CalendarDay(LocalDate.of(2025, 10, 8), CalendarDay.Kind.HOLIDAY, "国庆节"),
                new CalendarDay(LocalDate.of(2025, 10, 11), CalendarDay.Kind.ADJUSTED_WORKING_DAY, "国庆节")));

        penaltyCase.decide(friday, MajorDecisionRule.SHIPPED, calendar, OFFICER, at(friday));

        // (Sat 27 off) Sun 28 worked (1), Mon 29 (2), Tue 30 (3), 1–8 Oct holidays and a weekend, Thu 9 (4),
        // Fri 10 (5), Sat 11 worked (6), (Sun 12 off), Mon 13 (7)
        assertThat(penaltyCase.publicationDueOn()).contains(LocalDate.of(2025, 10, 13));
        // the same decision without the holidays loaded: Mon 29 … Tue 7 Oct
        assertThat(WorkingDayCalendar.WEEKDAYS.addWorkingDays(friday, 7)).isEqualTo(LocalDate.of(2025, 10, 7));
        assertThat(penaltyCase.isPublicationOverdue(LocalDate.of(2025, 10, 13))).isFalse();
        assertThat(penaltyCase.isPublicationOverdue(LocalDate.of(2025, 10, 14))).isTrue();
    }

    @Test
    @DisplayName("落实行刑衔接机制：移送记录日期、接收机关和理由")
    void a_transfer_to_the_judiciary_records_the_date_the_receiving_organ_and_the_reason() {
        PenaltyCase penaltyCase = opened();
        penaltyCase.transferToJudiciary(new JudicialTransfer(OPENED.plusDays(2), "阿图什市公安局",
                "假整改且冒险组织生产作业，涉嫌重大责任事故罪"), at(OPENED.plusDays(2)));

        assertThat(penaltyCase.transfer()).get().extracting(JudicialTransfer::receivingOrgan).isEqualTo("阿图什市公安局");
        assertThatThrownBy(() -> penaltyCase.transferToJudiciary(new JudicialTransfer(OPENED.plusDays(3), "x", "y"),
                at(OPENED.plusDays(3)))).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void the_officers_decision_on_the_task_24_proposal_is_kept_with_its_reason() {
        PenaltyCase penaltyCase = opened();
        PenaltyAssessment proposal = new SelfInspectionPenaltyRule().assess(new SelfInspectionFacts(
                DiscoveryChannel.SUPERVISORY_INSPECTION, false, 0, false, false, false,
                SelfInspectionPenaltyRuleTest.CHECKS_KEPT));

        penaltyCase.recordPolicyDecision(proposal, PenaltyDecision.on(proposal, PenaltyGuidance.ORDINARY_PENALTY,
                "首次违法且已当场整改", OFFICER, at(OPENED)));

        assertThat(penaltyCase.policyDecision()).get().satisfies(decision -> {
            assertThat(decision.proposed()).isEqualTo(PenaltyGuidance.HEAVIER_PENALTY);
            assertThat(decision.reason()).isEqualTo("首次违法且已当场整改");
        });
        assertThat(penaltyCase.policyBasis()).contains(SelfInspectionPenaltyRule.HEAVIER_SENTENCE);
    }

    @Test
    void steps_out_of_order_are_refused() {
        PenaltyCase penaltyCase = opened();
        assertThatThrownBy(() -> penaltyCase.notifyRights(OPENED)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> penaltyCase.publish(OPENED, at(OPENED))).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> penaltyCase.decide(OPENED, MajorDecisionRule.SHIPPED, WorkingDayCalendar.WEEKDAYS,
                OFFICER, at(OPENED))).isInstanceOf(RuleViolationException.class);
    }
}
