package org.zhiben.training;

/**
 * How often an enterprise must hold an evacuation and escape drill (plan task 9): at least once a year, or once every
 * half year in high-risk industries.
 */
public enum DrillFrequency {

    YEARLY(12, "每年至少1次", "at least once a year"),
    HALF_YEARLY(6, "每半年至少1次", "at least once every half year");

    private final int months;
    private final String label;
    private final String labelEn;

    DrillFrequency(int months, String label, String labelEn) {
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
