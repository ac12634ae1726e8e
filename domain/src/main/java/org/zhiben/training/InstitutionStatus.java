package org.zhiben.training;

/** Where a training institution stands on the approved list. */
public enum InstitutionStatus {

    APPROVED("在册", "Approved"),
    REMOVED("已清退", "Removed");

    private final String label;
    private final String labelEn;

    InstitutionStatus(String label, String labelEn) {
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
