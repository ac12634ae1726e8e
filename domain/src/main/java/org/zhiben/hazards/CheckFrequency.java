package org.zhiben.hazards;

/**
 * How often the enterprise's principal must lead a check of its major-hazard work (plan task 24): at least once a
 * quarter, or once a month in high-risk industries.
 */
public enum CheckFrequency {

    QUARTERLY(3, "每季度至少1次", "at least once a quarter"),
    MONTHLY(1, "每月至少1次", "at least once a month");

    private final int months;
    private final String label;
    private final String labelEn;

    CheckFrequency(int months, String label, String labelEn) {
        this.months = months;
        this.label = label;
        this.labelEn = labelEn;
    }

    /** The length of one period, in calendar months. */
    public int months() {
        return months;
    }

    public String label() {
        return label;
    }

    public String labelEn() {
        return labelEn;
    }
}
