package org.zhiben.enforcement;

/** Against whom a measure is decided; measures against both make a 一案双罚 (dual penalty). */
public enum PenaltyParty {
    /** 生产经营单位. */
    UNIT("生产经营单位"),
    /** 直接负责的主管人员或其他直接责任人员. */
    RESPONSIBLE_PERSON("责任人员");

    private final String label;

    PenaltyParty(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
