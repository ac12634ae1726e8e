package org.zhiben.training;

/** Where a principal flagged for re-examination stands. */
public enum ReexamStatus {
    /** 待补考: failed, not yet passed a re-examination. */
    OPEN("待补考", "Awaiting re-examination"),
    /** 按期补考合格: passed a re-examination by the deadline. */
    CLEARED("按期补考合格", "Passed in time"),
    /** 逾期补考合格: passed, but after the deadline. */
    CLEARED_LATE("逾期补考合格", "Passed after the deadline");

    private final String label;
    private final String labelEn;

    ReexamStatus(String label, String labelEn) {
        this.label = label;
        this.labelEn = labelEn;
    }

    public String label() {
        return label;
    }

    public String labelEn() {
        return labelEn;
    }
}
