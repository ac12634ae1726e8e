package org.zhiben.enforcement.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhiben.enforcement.application.EnforcementModule.AKTO;
import static org.zhiben.enforcement.application.EnforcementModule.ARTUX;
import static org.zhiben.enforcement.application.EnforcementModule.LEGAL;
import static org.zhiben.enforcement.application.EnforcementModule.LI;
import static org.zhiben.enforcement.application.EnforcementModule.OFFICER;
import static org.zhiben.enforcement.application.EnforcementModule.TIP_OFFICER;
import static org.zhiben.enforcement.application.EnforcementModule.TIP_OFFICER_2;
import static org.zhiben.enforcement.application.EnforcementModule.TODAY;
import static org.zhiben.enforcement.application.EnforcementModule.WANG;
import static org.zhiben.enforcement.application.EnforcementModule.clause;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhiben.enforcement.CaseOrigin;
import org.zhiben.enforcement.ChecklistMark;
import org.zhiben.enforcement.DishonestySituation;
import org.zhiben.enforcement.EvidenceUpload;
import org.zhiben.enforcement.Inspection;
import org.zhiben.enforcement.InspectionMethod;
import org.zhiben.enforcement.MeasureKind;
import org.zhiben.enforcement.Money;
import org.zhiben.enforcement.PenaltyAssessment;
import org.zhiben.enforcement.PenaltyCase;
import org.zhiben.enforcement.PenaltyGuidance;
import org.zhiben.enforcement.PenaltyMeasure;
import org.zhiben.enforcement.PenaltyParty;
import org.zhiben.enforcement.PrincipalExamRecorded;
import org.zhiben.enforcement.TipOff;
import org.zhiben.enforcement.TipOffChannel;
import org.zhiben.enforcement.TipOffStatus;
import org.zhiben.enforcement.VerificationResult;
import org.zhiben.hazards.DiscoveryChannel;
import org.zhiben.hazards.HazardId;
import org.zhiben.hazards.HazardIntake;
import org.zhiben.shared.AccessRefusedException;
import org.zhiben.shared.DataScope;
import org.zhiben.shared.NotFoundException;
import org.zhiben.shared.NotPermittedException;
import org.zhiben.shared.RuleViolationException;
import org.zhiben.shared.StaleVersionException;

/** The enforcement use cases over in-memory ports: scope, version, aggregate, store, audit and events. */
class EnforcementUseCasesTest {

    private final EnforcementModule module = new EnforcementModule();
    private final RecordInspection record = new RecordInspection(module.store);
    private final MarkChecklistItem mark = new MarkChecklistItem(module.store);
    private final SignInspection sign = new SignInspection(module.store);
    private final CloseInspection close = new CloseInspection(module.store);
    private final RecordPrincipalExam exam = new RecordPrincipalExam(module.store);
    private final AddInspectionEvidence addEvidence = new AddInspectionEvidence(module.store, module.evidence);
    private final RaiseFindingAsHazard raise = new RaiseFindingAsHazard(module.store, module.intake);
    private final ReadInspections readInspections = new ReadInspections(module.store, module.intake, module.evidence);
    private final OpenPenaltyCase open = new OpenPenaltyCase(module.store);
    private final ProposePenalty propose = new ProposePenalty(module.store, module.intake,
            module.principalChecks);
    private final SetPenaltyBasis setBasis = new SetPenaltyBasis(module.store);
    private final DecideOnPenaltyProposal decideOnProposal = new DecideOnPenaltyProposal(module.store, propose);
    private final NotifyPenaltyRights notifyRights = new NotifyPenaltyRights(module.store);
    private final RecordLegalReview legalReview = new RecordLegalReview(module.store);
    private final DecidePenaltyCase decide = new DecidePenaltyCase(module.store);
    private final PublishPenaltyDecision publish = new PublishPenaltyDecision(module.store);
    private final ReadPenaltyCases readCases = new ReadPenaltyCases(module.store);
    private final ReceiveTipOff receive = new ReceiveTipOff(module.store);
    private final AcceptTipOff acceptTipOff = new AcceptTipOff(module.store);
    private final AssignTipOff assignTipOff = new AssignTipOff(module.store);
    private final VerifyTipOff verifyTipOff = new VerifyTipOff(module.store);
    private final RaiseTipOffHazard raiseTipOffHazard = new RaiseTipOffHazard(module.store, module.intake);
    private final LinkTipOffOutcome linkTipOffOutcome = new LinkTipOffOutcome(module.store);
    private final DecideTipOffReward decideTipOffReward = new DecideTipOffReward(module.store);
    private final ApproveTipOffReward approveTipOffReward = new ApproveTipOffReward(module.store);
    private final RecordRewardPayment recordRewardPayment = new RecordRewardPayment(module.store);
    private final CloseTipOff closeTipOff = new CloseTipOff(module.store);
    private final ReadTipOffs readTipOffs = new ReadTipOffs(module.store);
    private final NotifyDishonestyListing notifyListing = new NotifyDishonestyListing(module.store);
    private final DecideDishonestyListing decideListing = new DecideDishonestyListing(module.store);
    private final ReadDishonestyListings readListings = new ReadDishonestyListings(module.store);

    private Inspection recorded(UUID enterprise) {
        return record.execute(new RecordInspection.Command(enterprise, TODAY, InspectionMethod.FOUR_NOS_TWO_STRAIGHTS,
                List.of("inspector.li", "inspector.wang"), List.of(new RecordInspection.Item("C1", "液位计是否接入报警"),
                        new RecordInspection.Item("C2", "是否配备安全管理人员"))));
    }

    private Inspection marked(UUID enterprise) {
        Inspection inspection = recorded(enterprise);
        inspection = mark.execute(target(inspection), "C1", ChecklistMark.FINDING, clause(), "T-3 未接入报警");
        return mark.execute(target(inspection), "C2", ChecklistMark.FINE, null, null);
    }

    private static InspectionTarget target(Inspection inspection) {
        return new InspectionTarget(inspection.id(), inspection.version());
    }

    private static PenaltyCaseTarget target(PenaltyCase penaltyCase) {
        return new PenaltyCaseTarget(penaltyCase.id(), penaltyCase.version());
    }

    private static TipOffTarget target(TipOff tipOff) {
        return new TipOffTarget(tipOff.id(), tipOff.version());
    }

    @Test
    @DisplayName("谁检查、谁签名、谁负责：两名检查人员各自签名后方可办结")
    void each_inspector_signs_as_the_signed_in_account_and_one_signature_cannot_close() {
        UUID enterprise = module.enterprise(ARTUX);
        Inspection inspection = marked(enterprise);
        inspection = sign.execute(target(inspection));
        Inspection once = inspection;

        assertThatThrownBy(() -> close.execute(target(once))).isInstanceOf(RuleViolationException.class);
        module.as(WANG);
        inspection = sign.execute(target(inspection));
        inspection = close.execute(target(inspection));

        assertThat(inspection.closed()).isTrue();
        assertThat(inspection.version()).isEqualTo(5);
        assertThat(module.actions()).containsExactly("inspection.recorded", "inspection.item-marked",
                "inspection.item-marked", "inspection.signed", "inspection.signed", "inspection.closed");
        assertThat(module.audit.get(3).actor()).isEqualTo(LI);
        assertThat(module.audit.get(4).actor()).isEqualTo(WANG);
    }

    @Test
    void an_inspection_of_an_enterprise_outside_the_scope_is_refused_and_one_outside_is_not_found() {
        UUID far = module.enterprise(AKTO);
        assertThatThrownBy(() -> recorded(far)).isInstanceOf(AccessRefusedException.class);

        Inspection inspection = recorded(module.enterprise(ARTUX));
        module.scope = DataScope.jurisdiction(AKTO);
        assertThatThrownBy(() -> readInspections.find(inspection.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_change_prepared_against_an_old_version_is_refused_and_nothing_is_recorded() {
        Inspection inspection = recorded(module.enterprise(ARTUX));
        mark.execute(target(inspection), "C2", ChecklistMark.FINE, null, null);

        assertThatThrownBy(() -> mark.execute(target(inspection), "C1", ChecklistMark.NOT_APPLICABLE, null, null))
                .isInstanceOf(StaleVersionException.class);
        assertThat(module.actions()).containsExactly("inspection.recorded", "inspection.item-marked");
    }

    @Test
    @DisplayName("执法全过程记录：照片和文书随检查保存，只由本次检查的检查人员上传")
    void evidence_is_kept_with_the_inspection_and_refused_before_storing_for_others_or_bad_content() {
        Inspection inspection = recorded(module.enterprise(ARTUX));
        AddInspectionEvidence.Result added = addEvidence.execute(target(inspection),
                new EvidenceUpload("现场检查记录.pdf", "application/pdf", "%PDF-1.4 record".getBytes()));

        assertThat(added.inspection().evidence()).containsExactly(added.evidence());
        assertThat(readInspections.evidence(inspection.id(), added.evidence().id()).ref())
                .isEqualTo(added.evidence());
        assertThat(module.actions()).containsExactly("inspection.recorded", "inspection.evidence-added");

        module.as(new org.zhiben.shared.Actor("inspector.zhou", "INSPECTOR", "EMB"));
        assertThatThrownBy(() -> addEvidence.execute(target(added.inspection()),
                new EvidenceUpload("x.pdf", "application/pdf", "%PDF-1.4".getBytes())))
                .isInstanceOf(NotPermittedException.class);
        module.as(LI);
        assertThatThrownBy(() -> addEvidence.execute(target(added.inspection()),
                new EvidenceUpload("x.exe", "application/pdf", "MZ....".getBytes())))
                .isInstanceOf(org.zhiben.shared.InvalidValueException.class);
        assertThat(module.evidence.stored).hasSize(1);
        assertThat(module.actions()).containsExactly("inspection.recorded", "inspection.evidence-added");
    }

    @Test
    void inspections_are_listed_by_enterprise_method_status_and_period_with_the_enterprises_name() {
        UUID first = module.enterprise(ARTUX);
        UUID second = module.enterprise(ARTUX);
        Inspection one = recorded(first);
        recorded(second);

        assertThat(readInspections.rows(new ReadInspections.Criteria(first, null, null, null, null)))
                .extracting(r -> r.inspection().id()).containsExactly(one.id());
        assertThat(readInspections.rows(new ReadInspections.Criteria(null, InspectionMethod.ROUTINE, null, null,
                null))).isEmpty();
        assertThat(readInspections.rows(new ReadInspections.Criteria(null, InspectionMethod.FOUR_NOS_TWO_STRAIGHTS,
                ReadInspections.Status.OPEN, TODAY, TODAY))).hasSize(2)
                .allSatisfy(r -> assertThat(r.enterpriseName()).isEqualTo("克州测试化工有限公司"));
        assertThat(readInspections.rows(new ReadInspections.Criteria(null, null, ReadInspections.Status.CLOSED,
                null, null))).isEmpty();
        assertThat(readInspections.rows(new ReadInspections.Criteria(null, null, null, TODAY.plusDays(1), null)))
                .isEmpty();
    }

    @Test
    @DisplayName("逢查必考：考试结果作为事件发布")
    void the_principals_exam_is_published_as_an_event() {
        Inspection inspection = recorded(module.enterprise(ARTUX));
        exam.execute(target(inspection), 85, 80);

        assertThat(module.published).filteredOn(PrincipalExamRecorded.class::isInstance).singleElement()
                .isInstanceOfSatisfying(PrincipalExamRecorded.class, exam -> {
                    assertThat(exam.passed()).isTrue();
                    assertThat(exam.score()).isEqualTo(85);
                });
    }

    @Test
    @DisplayName("检查发现经隐患模块声明的接口成为重大事故隐患（督导检查发现），被拒绝时检查人员看到原因")
    void a_finding_becomes_a_hazard_through_the_hazards_interface_or_its_refusal_is_kept() {
        UUID enterprise = module.enterprise(ARTUX);
        Inspection inspection = marked(enterprise);
        module.intakeRefusal = "企业不在登记册中";

        RaiseFindingAsHazard.Result refused = raise.execute(target(inspection), "C1", "罐区B");
        assertThat(refused.answer().isAccepted()).isFalse();
        assertThat(refused.inspection().item("C1").hazardRefusal()).isEqualTo("企业不在登记册中");

        module.intakeRefusal = null;
        RaiseFindingAsHazard.Result accepted = raise.execute(target(refused.inspection()), "C1", "罐区B");

        HazardIntake.Report report = module.reports.get(1);
        assertThat(report.channel()).isEqualTo(DiscoveryChannel.SUPERVISORY_INSPECTION);
        assertThat(report.sourceReference()).isEqualTo("JC-" + inspection.id());
        assertThat(report.clause()).isEqualTo(clause());
        assertThat(accepted.inspection().item("C1").hazard()).isEqualTo(accepted.answer().hazardId());
        assertThat(module.audit.get(module.audit.size() - 1).change()).contains("hazard=" + accepted.answer()
                .hazardId());
    }

    @Test
    @DisplayName("执法检查责任倒查：检查后登记的、检查未发现的重大事故隐患列入复查清单")
    void a_hazard_registered_after_an_inspection_that_missed_it_is_on_the_review_list() {
        UUID enterprise = module.enterprise(ARTUX);
        Inspection inspection = record.execute(new RecordInspection.Command(enterprise, TODAY.minusMonths(2),
                InspectionMethod.ROUTINE, List.of("inspector.li", "inspector.wang"),
                List.of(new RecordInspection.Item("C1", "液位计是否接入报警"))));
        module.intake.report(new HazardIntake.Report(enterprise, "罐区B", "液位计未接入报警", TODAY,
                DiscoveryChannel.SELF_INSPECTION, "ZC-1", clause()));

        assertThat(readInspections.reviewList()).singleElement().satisfies(review -> {
            assertThat(review.inspection().id()).isEqualTo(inspection.id());
            assertThat(review.registeredOn()).isEqualTo(TODAY);
        });
    }

    @Test
    @DisplayName("对不自查、不报告的，从重处罚：执法人员偏离建议须说明理由")
    void the_task_24_proposal_is_read_from_the_hazard_and_a_departure_without_reason_is_refused() {
        UUID enterprise = module.enterprise(ARTUX);
        HazardId hazard = module.intake.report(new HazardIntake.Report(enterprise, "罐区B", "液位计未接入报警", TODAY,
                DiscoveryChannel.SUPERVISORY_INSPECTION, "JC-1", clause())).hazardId();
        module.as(OFFICER);
        PenaltyAssessment proposal = propose.execute(hazard, false, false, false);
        PenaltyCase opened = open.execute(new OpenPenaltyCase.Command(enterprise,
                new CaseOrigin(CaseOrigin.Kind.HAZARD, hazard.value()), "未采取措施消除重大事故隐患"));

        assertThat(proposal.outcome()).isEqualTo(PenaltyGuidance.HEAVIER_PENALTY);
        assertThatThrownBy(() -> decideOnProposal.execute(new DecideOnPenaltyProposal.Command(target(opened), hazard,
                false, false, false, PenaltyGuidance.ORDINARY_PENALTY, null)))
                .isInstanceOf(RuleViolationException.class);
        PenaltyCase decided = decideOnProposal.execute(new DecideOnPenaltyProposal.Command(target(opened), hazard,
                false, false, false, PenaltyGuidance.ORDINARY_PENALTY, "检查当日已停产整改"));
        assertThat(decided.policyDecision().orElseThrow().reason()).isEqualTo("检查当日已停产整改");
        assertThat(module.actions()).containsExactly("penalty-case.opened", "penalty-case.policy-decided");
    }

    @Test
    @DisplayName("对不自查……的，从重处罚：自查上报的隐患，主要负责人未按期带队检查的仍属不自查")
    void the_proposal_reads_whether_the_principal_kept_the_periodic_checks_when_the_hazard_was_found() {
        UUID kept = module.enterprise(ARTUX);
        UUID missed = module.enterprise(ARTUX);
        module.principalCheckDays.put(kept, List.of(TODAY.minusMonths(1)));
        module.principalCheckDays.put(missed, List.of(TODAY.minusMonths(3)));
        HazardId keptHazard = module.intake.report(new HazardIntake.Report(kept, "罐区B", "液位计未接入报警", TODAY,
                DiscoveryChannel.SELF_INSPECTION, "ZC-1", clause())).hazardId();
        HazardId missedHazard = module.intake.report(new HazardIntake.Report(missed, "罐区B", "液位计未接入报警",
                TODAY, DiscoveryChannel.SELF_INSPECTION, "ZC-2", clause())).hazardId();
        module.as(OFFICER);

        PenaltyAssessment keptProposal = propose.execute(keptHazard, false, false, false);
        PenaltyAssessment missedProposal = propose.execute(missedHazard, false, false, false);

        assertThat(keptProposal.outcome()).isEqualTo(PenaltyGuidance.NO_PENALTY_IN_PRINCIPLE);
        assertThat(keptProposal.facts().principalChecks().missed()).isFalse();
        assertThat(missedProposal.outcome()).isEqualTo(PenaltyGuidance.HEAVIER_PENALTY);
        assertThat(missedProposal.facts().selfInspected()).isFalse();
        assertThat(missedProposal.trace().get(1).facts()).contains("主要负责人定期检查（每月至少1次）：2025年5月1日至2025年6月10日未开展");
    }

    @Test
    @DisplayName("一案双罚：重大执法决定未经法制审核不得作出，审核后决定并公示，公示不含个人信息")
    void a_dual_penalty_passes_legal_review_is_decided_and_published_without_personal_data() {
        UUID enterprise = module.enterprise(ARTUX);
        module.as(OFFICER);
        PenaltyCase penaltyCase = open.execute(new OpenPenaltyCase.Command(enterprise,
                new CaseOrigin(CaseOrigin.Kind.TIP_OFF, UUID.randomUUID()), "未采取措施消除重大事故隐患，拒不执行"));
        penaltyCase = setBasis.execute(new SetPenaltyBasis.Command(target(penaltyCase), List.of("AQSCF-102"), null,
                List.of(PenaltyMeasure.fine(PenaltyParty.UNIT, Money.ofYuan(50_000)),
                        PenaltyMeasure.of(MeasureKind.SUSPENSION, PenaltyParty.UNIT, "停产停业整顿"),
                        PenaltyMeasure.fine(PenaltyParty.RESPONSIBLE_PERSON, Money.ofYuan(60_000))), "张某某"));
        penaltyCase = notifyRights.execute(target(penaltyCase), TODAY);
        PenaltyCase notified = penaltyCase;

        assertThatThrownBy(() -> decide.execute(target(notified), TODAY)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("legal review");
        assertThatThrownBy(() -> legalReview.execute(target(notified), true, "同意"))
                .isInstanceOf(NotPermittedException.class);
        module.as(LEGAL);
        penaltyCase = legalReview.execute(target(penaltyCase), true, "事实清楚，证据确凿，适用依据正确");
        module.as(OFFICER);
        penaltyCase = decide.execute(target(penaltyCase), TODAY);
        penaltyCase = publish.execute(target(penaltyCase));

        assertThat(penaltyCase.isDualPenalty()).isTrue();
        assertThat(readCases.publicDecisions()).singleElement().satisfies(decision -> {
            assertThat(decision.enterpriseName()).isEqualTo("克州测试化工有限公司");
            assertThat(decision.creditCode()).isEqualTo("91653001MA7AB1234K");
            assertThat(decision.basis()).containsExactly("《中华人民共和国安全生产法》第一百零二条");
            assertThat(decision.decidingUnit()).isEqualTo("EMB");
            assertThat(decision.toString()).doesNotContain("张", "李四", "138", "139");
        });
        assertThat(module.actions()).containsExactly("penalty-case.opened", "penalty-case.basis-set",
                "penalty-case.rights-notified", "penalty-case.legal-reviewed", "penalty-case.decided",
                "penalty-case.published");
    }

    @Test
    @DisplayName("匿名举报核查属实→成为隐患→立案→奖励按罚款计算，一人决定、另一人审批→发放→办结")
    void an_anonymous_tip_off_becomes_a_hazard_and_a_case_and_its_reward_is_decided_approved_and_paid() {
        UUID enterprise = module.enterprise(ARTUX);
        module.as(TIP_OFFICER);
        TipOff tipOff = receive.execute(new ReceiveTipOff.Command(TipOffChannel.HOTLINE, "储罐区液位计长期不报警",
                enterprise, null, null, null, true));
        tipOff = acceptTipOff.execute(target(tipOff));
        tipOff = assignTipOff.execute(target(tipOff), "EMB");
        tipOff = verifyTipOff.execute(target(tipOff), VerificationResult.TRUE, "现场核查属实");
        RaiseTipOffHazard.Raised raised = raiseTipOffHazard.execute(target(tipOff), "罐区B", "T-3 液位计未接入报警", clause());
        tipOff = raised.tipOff();
        assertThat(module.reports.get(0).channel()).isEqualTo(DiscoveryChannel.VERIFIED_TIP_OFF);

        module.as(OFFICER);
        PenaltyCase penaltyCase = open.execute(new OpenPenaltyCase.Command(enterprise,
                new CaseOrigin(CaseOrigin.Kind.TIP_OFF, tipOff.id().value()), "未采取措施消除重大事故隐患"));
        penaltyCase = setBasis.execute(new SetPenaltyBasis.Command(target(penaltyCase), List.of("AQSCF-102"),
                "AQSCF-102-B", List.of(PenaltyMeasure.fine(PenaltyParty.UNIT, Money.ofYuan(40_000))), null));
        penaltyCase = notifyRights.execute(target(penaltyCase), TODAY);
        penaltyCase = decide.execute(target(penaltyCase), TODAY);

        module.as(TIP_OFFICER);
        tipOff = linkTipOffOutcome.execute(target(tipOff), null, penaltyCase.id());
        tipOff = decideTipOffReward.fromFine(target(tipOff));
        TipOff decided = tipOff;
        assertThat(tipOff.reward().orElseThrow().amount()).isEqualTo(Money.ofYuan(6_000));
        assertThatThrownBy(() -> approveTipOffReward.execute(target(decided))).isInstanceOf(RuleViolationException.class);
        module.as(TIP_OFFICER_2);
        tipOff = approveTipOffReward.execute(target(tipOff));
        tipOff = recordRewardPayment.execute(target(tipOff), TODAY, "PZ-2025-061");
        tipOff = closeTipOff.execute(target(tipOff));

        assertThat(tipOff.status()).isEqualTo(TipOffStatus.CLOSED);
        assertThat(tipOff.hazard()).contains(raised.answer().hazardId());
        assertThat(module.actions()).containsSubsequence("tip-off.received", "tip-off.accepted", "tip-off.assigned",
                "tip-off.verified", "tip-off.hazard-raised", "tip-off.outcome-linked", "tip-off.reward-decided",
                "tip-off.reward-approved", "tip-off.paid", "tip-off.closed");
    }

    @Test
    @DisplayName("举报人信息保护：读取举报人身份记入审计，审计和事件中不含身份")
    void reading_the_reporter_is_an_audit_entry_and_the_identity_reaches_neither_audit_nor_events() {
        UUID enterprise = module.enterprise(ARTUX);
        module.as(TIP_OFFICER);
        TipOff tipOff = receive.execute(new ReceiveTipOff.Command(TipOffChannel.WEB, "夜间违规动火", enterprise, null,
                "王五", "13700000000", false));

        assertThat(readTipOffs.reporter(tipOff.id()).name()).isEqualTo("王五");
        assertThat(module.actions()).containsExactly("tip-off.received", "tip-off.reporter-read");
        assertThat(module.audit.toString()).doesNotContain("王五", "137");
        assertThat(module.published.toString()).doesNotContain("王五", "137");
    }

    @Test
    @DisplayName("谁处罚、谁决定：其他单位不能将企业列入严重失信主体名单")
    void only_the_deciding_unit_lists_the_enterprise() {
        UUID enterprise = module.enterprise(ARTUX);
        module.as(OFFICER);
        PenaltyCase penaltyCase = open.execute(new OpenPenaltyCase.Command(enterprise,
                new CaseOrigin(CaseOrigin.Kind.INSPECTION, UUID.randomUUID()), "处罚后拒不执行"));
        penaltyCase = setBasis.execute(new SetPenaltyBasis.Command(target(penaltyCase), List.of("AQSCF-102"), null,
                List.of(PenaltyMeasure.fine(PenaltyParty.UNIT, Money.ofYuan(40_000))), null));
        penaltyCase = notifyRights.execute(target(penaltyCase), TODAY.minusDays(30));
        PenaltyCase decided = decide.execute(target(penaltyCase), TODAY.minusDays(20));

        module.as(new org.zhiben.shared.Actor("officer.qian", "DEPARTMENT_OFFICER", "HOUSING"));
        assertThatThrownBy(() -> notifyListing.execute(new NotifyDishonestyListing.Command(decided.id(),
                DishonestySituation.REFUSED_EXECUTION, null, TODAY.minusDays(10)))).isInstanceOf(NotPermittedException.class);
        module.as(OFFICER);
        var listing = notifyListing.execute(new NotifyDishonestyListing.Command(decided.id(),
                DishonestySituation.REFUSED_EXECUTION, null, TODAY.minusDays(10)));
        listing = decideListing.execute(new ListingTarget(listing.id(), listing.version()), TODAY);

        assertThat(readListings.listedToday(enterprise)).hasSize(1);
        assertThat(module.actions()).endsWith("dishonesty-listing.notified", "dishonesty-listing.decided");
    }

    @Test
    void overdue_tip_offs_are_listed() {
        UUID enterprise = module.enterprise(ARTUX);
        module.as(TIP_OFFICER);
        receive.execute(new ReceiveTipOff.Command(TipOffChannel.LETTER, "无证经营", enterprise, null, null, null,
                false));

        assertThat(readTipOffs.overdue()).isEmpty();
        assertThat(readTipOffs.list()).hasSize(1);
    }
}
