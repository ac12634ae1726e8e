package org.zhiben.enforcement;

/** The steps of a penalty case. */
public enum PenaltyCaseStatus {
    /** 立案: opened, basis and measures being prepared. */
    OPEN("已立案"),
    /** 告知: the party has been told of the intended penalty and its rights (陈述、申辩、听证). */
    RIGHTS_NOTIFIED("已告知"),
    /** 决定: the penalty decision is made. */
    DECIDED("已决定"),
    /** 执行: the decision has been executed. */
    EXECUTED("已执行");

    private final String label;

    PenaltyCaseStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
