package org.zhiben.enforcement.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhiben.enforcement.application.EnforcementModule.AKTO;
import static org.zhiben.enforcement.application.EnforcementModule.ARTUX;
import static org.zhiben.enforcement.application.EnforcementModule.LI;
import static org.zhiben.enforcement.application.EnforcementModule.OFFICER;
import static org.zhiben.enforcement.application.EnforcementModule.TIP_OFFICER;
import static org.zhiben.enforcement.application.EnforcementModule.TIP_OFFICER_2;
import static org.zhiben.enforcement.application.EnforcementModule.TODAY;
import static org.zhiben.enforcement.application.EnforcementModule.clause;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhiben.enforcement.CaseOrigin;
import org.zhiben.enforcement.ChecklistMark;
import org.zhiben.enforcement.DishonestySituation;
import org.zhiben.enforcement.EnforcementFigures;
import org.zhiben.enforcement.Inspection;
import org.zhiben.enforcement.InspectionMethod;
import org.zhiben.enforcement.Money;
import org.zhiben.enforcement.PenaltyCase;
import org.zhiben.enforcement.PenaltyMeasure;
import org.zhiben.enforcement.PenaltyParty;
import org.zhiben.enforcement.TipOff;
import org.zhiben.enforcement.TipOffChannel;
import org.zhiben.enforcement.VerificationResult;
import org.zhiben.enforcement.application.ComputeEnforcementStatistics.Grouping;
import org.zhiben.enforcement.application.ComputeEnforcementStatistics.Row;
import org.zhiben.enforcement.application.ComputeEnforcementStatistics.Statistics;
import org.zhiben.shared.Actor;
import org.zhiben.shared.DataScope;
import org.zhiben.shared.InvalidValueException;

/**
 * "2024年底前，建立健全各行业领域安全生产监管监察执法统计、执法考评和典型案例报送制度" and "有效推动解决一些地方、行业领域
 * 事故多发且行政处罚率低……问题": the statistics of two units (the prefecture's 应急管理局 EMB and Akto county's AKTO_EMB),
 * two jurisdictions (Artux, Akto) and two months (May and June 2025), recorded through the use cases.
 */
class EnforcementStatisticsTest {

    private static final Actor AKTO_INSPECTOR_1 = new Actor("akto.ma", "INSPECTOR", "AKTO_EMB");
    private static final Actor AKTO_INSPECTOR_2 = new Actor("akto.ye", "INSPECTOR", "AKTO_EMB");
    private static final Actor AKTO_OFFICER = new Actor("akto.officer", "COUNTY_OFFICER", "AKTO_EMB");
    private static final LocalDate MAY_1 = LocalDate.of(2025, 5, 1);
    private static final LocalDate JUNE_30 = LocalDate.of(2025, 6, 30);

    private final EnforcementModule module = new EnforcementModule();
    private final RecordInspection record = new RecordInspection(module.store);
    private final MarkChecklistItem mark = new MarkChecklistItem(module.store);
    private final OpenPenaltyCase open = new OpenPenaltyCase(module.store);
    private final SetPenaltyBasis setBasis = new SetPenaltyBasis(module.store);
    private final NotifyPenaltyRights notifyRights = new NotifyPenaltyRights(module.store);
    private final DecidePenaltyCase decide = new DecidePenaltyCase(module.store);
    private final TransferCaseToJudiciary transfer = new TransferCaseToJudiciary(module.store);
    private final ReceiveTipOff receive = new ReceiveTipOff(module.store);
    private final AcceptTipOff acceptTipOff = new AcceptTipOff(module.store);
    private final AssignTipOff assignTipOff = new AssignTipOff(module.store);
    private final VerifyTipOff verifyTipOff = new VerifyTipOff(module.store);
    private final LinkTipOffOutcome linkTipOffOutcome = new LinkTipOffOutcome(module.store);
    private final DecideTipOffReward decideTipOffReward = new DecideTipOffReward(module.store);
    private final ApproveTipOffReward approveTipOffReward = new ApproveTipOffReward(module.store);
    private final RecordRewardPayment recordRewardPayment = new RecordRewardPayment(module.store);
    private final NotifyDishonestyListing notifyListing = new NotifyDishonestyListing(module.store);
    private final DecideDishonestyListing decideListing = new DecideDishonestyListing(module.store);
    private final ComputeEnforcementStatistics statistics = new ComputeEnforcementStatistics(module.store);

    private UUID artux;
    private UUID akto;

    @BeforeEach
    void recordTwoMonthsOfEnforcement() {
        module.scope = DataScope.wholePrefecture();
        artux = module.enterprise(ARTUX);
        akto = module.enterprise(AKTO);

        // inspections: EMB three in Artux (4 findings) and one in Akto (none); AKTO_EMB one in Akto (1 finding);
        // one before the period
        inspected(LI, artux, LocalDate.of(2025, 5, 12), InspectionMethod.FOUR_NOS_TWO_STRAIGHTS, 1);
        inspected(LI, artux, LocalDate.of(2025, 6, 3), InspectionMethod.ROUTINE, 2);
        inspected(LI, akto, LocalDate.of(2025, 6, 5), InspectionMethod.JOINT, 0);
        inspected(LI, artux, LocalDate.of(2025, 6, 9), InspectionMethod.OPEN_AND_COVERT, 1);
        inspected(AKTO_INSPECTOR_1, akto, LocalDate.of(2025, 5, 20), InspectionMethod.CROSS_REGION, 1);
        inspected(LI, artux, LocalDate.of(2025, 4, 30), InspectionMethod.ROUTINE, 1);

        // cases: EMB decides A (May, 40,000 yuan) and B (June, dual penalty 30,000 + 10,000 yuan, transferred);
        // AKTO_EMB decides C (May, 20,000 yuan)
        PenaltyCase a = decided(OFFICER, artux, LocalDate.of(2025, 5, 15),
                List.of(PenaltyMeasure.fine(PenaltyParty.UNIT, Money.ofYuan(40_000))), null);
        PenaltyCase b = decided(OFFICER, artux, LocalDate.of(2025, 6, 6),
                List.of(PenaltyMeasure.fine(PenaltyParty.UNIT, Money.ofYuan(30_000)),
                        PenaltyMeasure.fine(PenaltyParty.RESPONSIBLE_PERSON, Money.ofYuan(10_000))), "张某某");
        transfer.execute(new PenaltyCaseTarget(b.id(), b.version()), LocalDate.of(2025, 6, 8), "阿图什市公安局",
                "涉嫌重大责任事故罪");
        decided(AKTO_OFFICER, akto, LocalDate.of(2025, 5, 22),
                List.of(PenaltyMeasure.fine(PenaltyParty.UNIT, Money.ofYuan(20_000))), null);

        // a listing decided in June by EMB on case A
        module.as(OFFICER);
        var listing = notifyListing.execute(new NotifyDishonestyListing.Command(a.id(),
                DishonestySituation.REFUSED_EXECUTION, null, LocalDate.of(2025, 5, 20)));
        decideListing.execute(new ListingTarget(listing.id(), listing.version()), LocalDate.of(2025, 6, 9));

        // tip-offs: one in May about Artux, assigned to EMB, verified true and rewarded 6,000 yuan (15 % of case A's
        // fine); two in June about Akto, one verified false by AKTO_EMB, one not yet assigned
        module.as(TIP_OFFICER);
        module.today(LocalDate.of(2025, 5, 8));
        TipOff first = verified(artux, "EMB", VerificationResult.TRUE);
        module.today(TODAY);
        first = linkTipOffOutcome.execute(target(first), null, a.id());
        first = decideTipOffReward.fromFine(target(first));
        module.as(TIP_OFFICER_2);
        first = approveTipOffReward.execute(target(first));
        recordRewardPayment.execute(target(first), TODAY, "PZ-2025-061");
        module.as(TIP_OFFICER);
        module.today(LocalDate.of(2025, 6, 2));
        verified(akto, "AKTO_EMB", VerificationResult.FALSE);
        module.today(LocalDate.of(2025, 6, 4));
        receive.execute(new ReceiveTipOff.Command(TipOffChannel.LETTER, "夜间违规动火", akto, null, null, null, true));
        module.today(TODAY);
    }

    @Test
    @DisplayName("执法统计按单位：检查（分方式）、发现问题、立案及罚款、一案双罚、移送、失信名单、举报及奖励、行政处罚率")
    void by_unit() {
        Statistics found = statistics.compute(MAY_1, JUNE_30, Grouping.UNIT);
        Map<String, EnforcementFigures> rows = byKey(found);

        assertThat(rows.keySet()).containsExactly("", "AKTO_EMB", "EMB");
        EnforcementFigures emb = rows.get("EMB");
        assertThat(emb.inspections()).isEqualTo(4);
        assertThat(emb.inspectionsByMethod()).containsEntry(InspectionMethod.FOUR_NOS_TWO_STRAIGHTS, 1L)
                .containsEntry(InspectionMethod.ROUTINE, 1L).containsEntry(InspectionMethod.JOINT, 1L)
                .containsEntry(InspectionMethod.OPEN_AND_COVERT, 1L).containsEntry(InspectionMethod.CROSS_REGION, 0L);
        assertThat(emb.findings()).isEqualTo(4);
        assertThat(emb.inspectionsWithFindings()).isEqualTo(3);
        assertThat(emb.cases()).isEqualTo(2);
        assertThat(emb.fines()).isEqualTo(Money.ofYuan(80_000));
        assertThat(emb.dualPenalties()).isEqualTo(1);
        assertThat(emb.transfers()).isEqualTo(1);
        assertThat(emb.listings()).isEqualTo(1);
        assertThat(emb.tipOffsReceived()).isEqualTo(1);
        assertThat(emb.tipOffsVerified()).isEqualTo(1);
        assertThat(emb.tipOffsRewarded()).isEqualTo(1);
        assertThat(emb.rewardsPaid()).isEqualTo(Money.ofYuan(6_000));
        assertThat(emb.penaltyRate()).contains(new BigDecimal("66.7"));

        EnforcementFigures county = rows.get("AKTO_EMB");
        assertThat(county.inspections()).isEqualTo(1);
        assertThat(county.inspectionsByMethod()).containsEntry(InspectionMethod.CROSS_REGION, 1L);
        assertThat(county.findings()).isEqualTo(1);
        assertThat(county.cases()).isEqualTo(1);
        assertThat(county.fines()).isEqualTo(Money.ofYuan(20_000));
        assertThat(county.dualPenalties()).isZero();
        assertThat(county.tipOffsReceived()).isEqualTo(1);
        assertThat(county.tipOffsVerified()).isZero();
        assertThat(county.rewardsPaid()).isEqualTo(Money.ZERO);
        assertThat(county.penaltyRate()).contains(new BigDecimal("100.0"));

        EnforcementFigures unassigned = rows.get("");
        assertThat(unassigned.tipOffsReceived()).isEqualTo(1);
        assertThat(unassigned.inspections()).isZero();
        assertThat(unassigned.penaltyRate()).isEmpty();

        EnforcementFigures total = found.total();
        assertThat(total.inspections()).isEqualTo(5);
        assertThat(total.findings()).isEqualTo(5);
        assertThat(total.inspectionsWithFindings()).isEqualTo(4);
        assertThat(total.cases()).isEqualTo(3);
        assertThat(total.fines()).isEqualTo(Money.ofFen(10_000_000));
        assertThat(total.tipOffsReceived()).isEqualTo(3);
        assertThat(total.penaltyRate()).contains(new BigDecimal("75.0"));
        assertThat(found.tipOffsCounted()).isTrue();
    }

    @Test
    void by_jurisdiction() {
        Map<String, EnforcementFigures> rows = byKey(statistics.compute(MAY_1, JUNE_30, Grouping.JURISDICTION));

        assertThat(rows.keySet()).containsExactly("653001", "653022");
        EnforcementFigures artuxFigures = rows.get("653001");
        assertThat(artuxFigures.inspections()).isEqualTo(3);
        assertThat(artuxFigures.findings()).isEqualTo(4);
        assertThat(artuxFigures.cases()).isEqualTo(2);
        assertThat(artuxFigures.fines()).isEqualTo(Money.ofYuan(80_000));
        assertThat(artuxFigures.listings()).isEqualTo(1);
        assertThat(artuxFigures.tipOffsRewarded()).isEqualTo(1);
        assertThat(artuxFigures.penaltyRate()).contains(new BigDecimal("66.7"));
        EnforcementFigures aktoFigures = rows.get("653022");
        assertThat(aktoFigures.inspections()).isEqualTo(2);
        assertThat(aktoFigures.inspectionsWithFindings()).isEqualTo(1);
        assertThat(aktoFigures.cases()).isEqualTo(1);
        assertThat(aktoFigures.tipOffsReceived()).isEqualTo(2);
        assertThat(aktoFigures.tipOffsVerified()).isZero();
        assertThat(aktoFigures.penaltyRate()).contains(new BigDecimal("100.0"));
    }

    @Test
    void by_month() {
        Map<String, EnforcementFigures> rows = byKey(statistics.compute(MAY_1, JUNE_30, Grouping.MONTH));

        assertThat(rows.keySet()).containsExactly("2025-05", "2025-06");
        EnforcementFigures may = rows.get("2025-05");
        assertThat(may.inspections()).isEqualTo(2);
        assertThat(may.cases()).isEqualTo(2);
        assertThat(may.fines()).isEqualTo(Money.ofYuan(60_000));
        assertThat(may.tipOffsReceived()).isEqualTo(1);
        assertThat(may.rewardsPaid()).isEqualTo(Money.ofYuan(6_000));
        assertThat(may.penaltyRate()).contains(new BigDecimal("100.0"));
        EnforcementFigures june = rows.get("2025-06");
        assertThat(june.inspections()).isEqualTo(3);
        assertThat(june.findings()).isEqualTo(3);
        assertThat(june.inspectionsWithFindings()).isEqualTo(2);
        assertThat(june.cases()).isEqualTo(1);
        assertThat(june.dualPenalties()).isEqualTo(1);
        assertThat(june.transfers()).isEqualTo(1);
        assertThat(june.listings()).isEqualTo(1);
        assertThat(june.tipOffsReceived()).isEqualTo(2);
        assertThat(june.penaltyRate()).contains(new BigDecimal("50.0"));
    }

    @Test
    @DisplayName("a case without any inspection with findings in the period: no penalty rate, no division by zero")
    void without_an_inspection_with_findings_the_penalty_rate_does_not_exist() {
        Statistics found = statistics.compute(LocalDate.of(2025, 6, 5), LocalDate.of(2025, 6, 8), Grouping.UNIT);

        EnforcementFigures emb = byKey(found).get("EMB");
        assertThat(emb.inspections()).isEqualTo(1);
        assertThat(emb.inspectionsWithFindings()).isZero();
        assertThat(emb.cases()).isEqualTo(1);
        assertThat(emb.penaltyRate()).isEmpty();
        assertThat(found.total().penaltyRate()).isEmpty();

        Statistics empty = statistics.compute(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 29), Grouping.MONTH);
        assertThat(empty.rows()).extracting(Row::key).containsExactly("2024-01", "2024-02");
        assertThat(empty.total()).isEqualTo(EnforcementFigures.NONE);
        assertThat(empty.total().penaltyRate()).isEmpty();
    }

    @Test
    void only_what_lies_in_the_callers_scope_is_counted_and_an_enterprise_is_told_nothing_of_tip_offs() {
        module.scope = DataScope.jurisdiction(AKTO);
        Statistics county = statistics.compute(MAY_1, JUNE_30, Grouping.JURISDICTION);
        assertThat(county.rows()).extracting(Row::key).containsExactly("653022");
        assertThat(county.total().inspections()).isEqualTo(2);
        assertThat(county.total().tipOffsReceived()).isEqualTo(2);

        module.scope = DataScope.enterprise(artux);
        Statistics own = statistics.compute(MAY_1, JUNE_30, Grouping.UNIT);
        assertThat(own.tipOffsCounted()).isFalse();
        assertThat(own.total().tipOffsReceived()).isZero();
        assertThat(own.total().inspections()).isEqualTo(3);
        assertThat(own.total().cases()).isEqualTo(2);
    }

    @Test
    void a_period_ending_before_it_starts_is_refused() {
        assertThatThrownBy(() -> statistics.compute(JUNE_30, MAY_1, Grouping.UNIT))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("enforcement.statistics.period-invalid"));
    }

    // --------------------------------------------------------------------------------------------------- helpers

    private static Map<String, EnforcementFigures> byKey(Statistics statistics) {
        return statistics.rows().stream().collect(Collectors.toMap(Row::key, Row::figures, (x, y) -> x,
                java.util.LinkedHashMap::new));
    }

    private void inspected(Actor inspector, UUID enterprise, LocalDate on, InspectionMethod method, int findings) {
        module.as(inspector);
        Inspection inspection = record.execute(new RecordInspection.Command(enterprise, on, method,
                List.of(inspector.username(), "second.inspector"), List.of(new RecordInspection.Item("C1", "液位计"),
                        new RecordInspection.Item("C2", "安全管理人员"), new RecordInspection.Item("C3", "动火作业"))));
        for (int item = 1; item <= 3; item++) {
            boolean finding = item <= findings;
            inspection = mark.execute(new InspectionTarget(inspection.id(), inspection.version()),
                    "C" + item, finding ? ChecklistMark.FINDING : ChecklistMark.FINE, finding ? clause() : null,
                    finding ? "发现问题" : null);
        }
    }

    private PenaltyCase decided(Actor officer, UUID enterprise, LocalDate on, List<PenaltyMeasure> measures,
            String person) {
        module.as(officer);
        PenaltyCase penaltyCase = open.execute(new OpenPenaltyCase.Command(enterprise,
                new CaseOrigin(CaseOrigin.Kind.INSPECTION, UUID.randomUUID()), "未采取措施消除重大事故隐患"));
        penaltyCase = setBasis.execute(new SetPenaltyBasis.Command(target(penaltyCase), List.of("AQSCF-102"), null,
                measures, person));
        penaltyCase = notifyRights.execute(target(penaltyCase), on.minusDays(3));
        return decide.execute(target(penaltyCase), on);
    }

    private TipOff verified(UUID enterprise, String unit, VerificationResult result) {
        TipOff tipOff = receive.execute(new ReceiveTipOff.Command(TipOffChannel.HOTLINE, "储罐区液位计长期不报警",
                enterprise, null, null, null, true));
        tipOff = acceptTipOff.execute(target(tipOff));
        tipOff = assignTipOff.execute(target(tipOff), unit);
        return verifyTipOff.execute(target(tipOff), result, "现场核查");
    }

    private static PenaltyCaseTarget target(PenaltyCase penaltyCase) {
        return new PenaltyCaseTarget(penaltyCase.id(), penaltyCase.version());
    }

    private static TipOffTarget target(TipOff tipOff) {
        return new TipOffTarget(tipOff.id(), tipOff.version());
    }
}
