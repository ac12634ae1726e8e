package org.zhiben.hazards;

import org.zhiben.shared.InvalidValueException;

/**
 * The penalty rule of task 24 for major hazards:
 * "对自查发现、主动上报、及时整改的,原则上不予处罚;对不自查、不报告、迟迟不能完成整改的,从重处罚;
 * 对假整改、不整改且冒险组织生产作业的,依法将实际控制人移送司法机关处理。"
 *
 * <p>Read in order of gravity: fake rectification, or no rectification while production goes on at risk → transfer
 * of the actual controller to the judiciary; not found by self-inspection, not reported, or rectification more than
 * {@code longOverdueDays} past its deadline (迟迟不能完成整改) → heavier penalty; found by self-inspection, reported and
 * rectified in time → in principle no penalty; anything else (a short delay) → the ordinary rules of the law.
 */
public final class SelfInspectionPenaltyRule {

    /** Days past the deadline from which a rectification counts as long overdue, unless configured otherwise. */
    public static final int DEFAULT_LONG_OVERDUE_DAYS = 90;

    private final int longOverdueDays;

    public SelfInspectionPenaltyRule() {
        this(DEFAULT_LONG_OVERDUE_DAYS);
    }

    public SelfInspectionPenaltyRule(int longOverdueDays) {
        if (longOverdueDays < 1) {
            throw new InvalidValueException("longOverdueDays", "hazard.penalty.long-overdue-days-invalid",
                    "the long-overdue threshold must be at least one day", longOverdueDays);
        }
        this.longOverdueDays = longOverdueDays;
    }

    public PenaltyGuidance assess(SelfInspectionFacts facts) {
        if (facts.fakeRectification() || (facts.notRectifying() && facts.operatingAtRisk())) {
            return PenaltyGuidance.TRANSFER_TO_JUDICIARY;
        }
        boolean selfInspected = facts.channel() == DiscoveryChannel.SELF_INSPECTION;
        if (!selfInspected || !facts.reportedByEnterprise() || facts.daysOverdue() > longOverdueDays) {
            return PenaltyGuidance.HEAVIER_PENALTY;
        }
        if (facts.daysOverdue() == 0 && !facts.notRectifying()) {
            return PenaltyGuidance.NO_PENALTY_IN_PRINCIPLE;
        }
        return PenaltyGuidance.ORDINARY_PENALTY;
    }

    public int longOverdueDays() {
        return longOverdueDays;
    }
}
