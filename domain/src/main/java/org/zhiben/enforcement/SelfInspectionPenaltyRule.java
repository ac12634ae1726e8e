package org.zhiben.enforcement;

import java.util.ArrayList;
import java.util.List;
import org.zhiben.shared.Require;

/**
 * The penalty rule of task 24 for major hazards:
 * "对自查发现、主动上报、及时整改的,原则上不予处罚;对不自查、不报告、迟迟不能完成整改的,从重处罚;
 * 对假整改、不整改且冒险组织生产作业的,依法将实际控制人移送司法机关处理。"
 *
 * <p>Read in order of gravity, each clause recorded in the trace whether it applied or not: fake rectification, or
 * no rectification while production goes on at risk → transfer of the actual controller to the judiciary; not
 * self-inspected (not found by self-inspection, or the principal's periodic checks of task 24 were missed when it was
 * found: {@link SelfInspectionFacts#selfInspected()}), not reported, or rectification more than {@code longOverdueDays} past its deadline
 * (迟迟不能完成整改, versioned data: {@link PenaltyRuleVersion}) → heavier penalty; found by self-inspection, reported
 * and rectified in time → in principle no penalty; anything else (a short delay) → the ordinary rules of the law.
 * The rule proposes; an officer decides ({@link PenaltyDecision}).
 */
public final class SelfInspectionPenaltyRule {

    /** The seed's sentence for 原则上不予处罚. */
    public static final String NO_PENALTY_SENTENCE = "对自查发现、主动上报、及时整改的,原则上不予处罚";
    /** The seed's sentence for 从重处罚. */
    public static final String HEAVIER_SENTENCE = "对不自查、不报告、迟迟不能完成整改的,从重处罚";
    /** The seed's sentence for the transfer of the actual controller. */
    public static final String TRANSFER_SENTENCE = "对假整改、不整改且冒险组织生产作业的,依法将实际控制人移送司法机关处理";
    /** The basis of the ordinary outcome: none of the plan's three sentences applies. */
    public static final String ORDINARY_BASIS = "不属于第24项所列三种情形，依照法律法规一般规定处罚";

    private final PenaltyRuleVersion version;

    public SelfInspectionPenaltyRule() {
        this(PenaltyRuleVersion.SHIPPED);
    }

    public SelfInspectionPenaltyRule(PenaltyRuleVersion version) {
        this.version = Require.notNull(version, "version");
    }

    public PenaltyAssessment assess(SelfInspectionFacts facts) {
        Require.notNull(facts, "facts");
        List<PenaltyTraceStep> trace = new ArrayList<>();
        int longOverdue = version.longOverdueDays();

        boolean transfer = facts.fakeRectification() || (facts.notRectifying() && facts.operatingAtRisk());
        trace.add(new PenaltyTraceStep(1, PenaltyGuidance.TRANSFER_TO_JUDICIARY, transfer,
                "假整改：" + yesNo(facts.fakeRectification()) + "；不整改：" + yesNo(facts.notRectifying())
                        + "；冒险组织生产作业：" + yesNo(facts.operatingAtRisk()),
                transfer ? "属于“" + TRANSFER_SENTENCE + "”" : "既无假整改，也无不整改且冒险组织生产作业",
                transfer ? "fake rectification, or no rectification while operating at risk"
                        : "no fake rectification, and not both unrectified and operating at risk"));
        if (transfer) {
            return new PenaltyAssessment(PenaltyGuidance.TRANSFER_TO_JUDICIARY, TRANSFER_SENTENCE, facts, longOverdue,
                    trace);
        }

        boolean selfInspected = facts.selfInspected();
        boolean longOverdueNow = facts.daysOverdue() > longOverdue;
        boolean heavier = !selfInspected || !facts.reportedByEnterprise() || longOverdueNow;
        trace.add(new PenaltyTraceStep(2, PenaltyGuidance.HEAVIER_PENALTY, heavier,
                "发现渠道：" + facts.channel().label() + "；" + facts.principalChecks().describe() + "；企业主动上报："
                        + yesNo(facts.reportedByEnterprise()) + "；整改超期" + facts.daysOverdue() + "天（超过"
                        + longOverdue + "天为迟迟不能完成整改）",
                heavier ? "属于“" + HEAVIER_SENTENCE + "”" : "企业自查发现并主动上报，整改未超期" + longOverdue + "天以上",
                heavier ? "not self-inspected (found by others, or the principal's periodic checks missed), not "
                        + "reported, or rectification more than " + longOverdue + " days overdue"
                        : "self-inspected and reported, not more than " + longOverdue + " days overdue"));
        if (heavier) {
            return new PenaltyAssessment(PenaltyGuidance.HEAVIER_PENALTY, HEAVIER_SENTENCE, facts, longOverdue, trace);
        }

        boolean inTime = facts.daysOverdue() == 0 && !facts.notRectifying();
        trace.add(new PenaltyTraceStep(3, PenaltyGuidance.NO_PENALTY_IN_PRINCIPLE, inTime,
                "整改超期" + facts.daysOverdue() + "天；不整改：" + yesNo(facts.notRectifying()),
                inTime ? "属于“" + NO_PENALTY_SENTENCE + "”" : "自查发现并主动上报，但未及时整改",
                inTime ? "found by self-inspection, reported and rectified in time"
                        : "self-inspected and reported, but not rectified in time"));
        if (inTime) {
            return new PenaltyAssessment(PenaltyGuidance.NO_PENALTY_IN_PRINCIPLE, NO_PENALTY_SENTENCE, facts,
                    longOverdue, trace);
        }
        trace.add(new PenaltyTraceStep(4, PenaltyGuidance.ORDINARY_PENALTY, true,
                "整改超期" + facts.daysOverdue() + "天，未超过" + longOverdue + "天",
                ORDINARY_BASIS, "none of the plan's three cases applies: the ordinary rules of the law"));
        return new PenaltyAssessment(PenaltyGuidance.ORDINARY_PENALTY, ORDINARY_BASIS, facts, longOverdue, trace);
    }

    public PenaltyRuleVersion version() {
        return version;
    }

    public int longOverdueDays() {
        return version.longOverdueDays();
    }

    private static String yesNo(boolean value) {
        return value ? "是" : "否";
    }
}
