package org.zhiben.campaign;

/**
 * Where a unit's sub-plans (子方案) stand with the committee office: "各县（市）人民政府、各相关行业部门于2024年3月18日前将
 * 安全生产治本攻坚三年行动方案报送自治州安委会办公室". The campaign does not know how they are submitted; the module that
 * keeps the units' submissions answers through {@link SubPlanSubmissions}.
 */
public enum SubPlanStatus {
    /** Nothing submitted or prepared yet. */
    NOT_SUBMITTED,
    /** Being prepared, not yet submitted. */
    DRAFT,
    /** Submitted (or resubmitted) and waiting for the committee office. */
    SUBMITTED,
    /** Accepted by the committee office. */
    ACCEPTED,
    /** Returned by the committee office with reasons, to be resubmitted. */
    RETURNED;

    /** Whether the unit has submitted them at least once (whatever the committee office then decided). */
    public boolean submitted() {
        return this == SUBMITTED || this == ACCEPTED || this == RETURNED;
    }
}
