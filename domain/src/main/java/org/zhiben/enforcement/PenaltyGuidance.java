package org.zhiben.enforcement;

/** What the self-inspection penalty rule of task 24 proposes for a major hazard: one of four outcomes. */
public enum PenaltyGuidance {
    /** 原则上不予处罚: found by self-inspection, reported and rectified in time. */
    NO_PENALTY_IN_PRINCIPLE("原则上不予处罚", "No penalty in principle"),
    /** 依法处罚: none of the plan's special cases applies; the ordinary penalty rules of the law apply. */
    ORDINARY_PENALTY("依法处罚", "Ordinary penalty under the law"),
    /** 从重处罚: not self-inspected, not reported, or rectification long overdue. */
    HEAVIER_PENALTY("从重处罚", "Heavier penalty"),
    /** 将实际控制人移送司法机关处理: fake rectification, or no rectification while still operating at risk. */
    TRANSFER_TO_JUDICIARY("依法将实际控制人移送司法机关处理", "Transfer of the actual controller to the judiciary");

    private final String label;
    private final String englishLabel;

    PenaltyGuidance(String label, String englishLabel) {
        this.label = label;
        this.englishLabel = englishLabel;
    }

    public String label() {
        return label;
    }

    public String englishLabel() {
        return englishLabel;
    }
}
