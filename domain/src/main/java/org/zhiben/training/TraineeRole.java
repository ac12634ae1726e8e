package org.zhiben.training;

/**
 * Whom a training record is about, as the plan names them: the leading cadres (task 3), the enterprises' principals
 * (tasks 4 and 5), the principals, safety managers and special-operation workers of high-risk industries and all
 * their staff (task 6), the fire-safety heads of the yearly focus groups (task 4) and the regulators (task 29).
 */
public enum TraineeRole {
    /** 企业主要负责人. */
    PRINCIPAL("企业主要负责人", "Principal", true),
    /** 安全生产管理人员. */
    SAFETY_MANAGER("安全生产管理人员", "Safety manager", true),
    /** 特种作业人员. */
    SPECIAL_OPERATION_WORKER("特种作业人员", "Special-operation worker", true),
    /** 高危行业领域从业人员 (task 6: "高危行业领域所有员工必须培训考试合格后才可上岗"). */
    HIGH_RISK_STAFF("高危行业领域从业人员", "Staff of a high-risk enterprise", true),
    /** 消防安全责任人. */
    FIRE_SAFETY_RESPONSIBLE("消防安全责任人", "Fire-safety responsible person", true),
    /** 党政领导干部 (task 3). */
    LEADING_CADRE("党政领导干部", "Leading cadre", false),
    /** 安全生产监管执法人员 (task 29). */
    REGULATOR("安全生产监管执法人员", "Regulator", false);

    private final String label;
    private final String labelEn;
    private final boolean ofEnterprise;

    TraineeRole(String label, String labelEn, boolean ofEnterprise) {
        this.label = label;
        this.labelEn = labelEn;
        this.ofEnterprise = ofEnterprise;
    }

    public String label() {
        return label;
    }

    public String labelEn() {
        return labelEn;
    }

    /** Whether the person works for an enterprise (else for a party or government body). */
    public boolean ofEnterprise() {
        return ofEnterprise;
    }
}
