package org.zhiben.hazards;

/** What the self-inspection penalty rule of task 24 advises for a major hazard. */
public enum PenaltyGuidance {
    /** 原则上不予处罚: found by self-inspection, reported and rectified in time. */
    NO_PENALTY_IN_PRINCIPLE("原则上不予处罚"),
    /** 依法处罚: none of the plan's special cases applies; the ordinary penalty rules of the law apply. */
    ORDINARY_PENALTY("依法处罚"),
    /** 从重处罚: not self-inspected, not reported, or rectification long overdue. */
    HEAVIER_PENALTY("从重处罚"),
    /** 将实际控制人移送司法机关处理: fake rectification, or no rectification while still operating at risk. */
    TRANSFER_TO_JUDICIARY("依法将实际控制人移送司法机关处理");

    private final String label;

    PenaltyGuidance(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
