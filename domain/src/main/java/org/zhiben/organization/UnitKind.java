package org.zhiben.organization;

/**
 * Kind of a member unit, by the part the plan gives it in section 四(二) (任务分工).
 */
public enum UnitKind {
    /**
     * 安委会办公室: the office of the prefecture safety committee, hosted by the emergency management bureau. It
     * receives every report and assigns a matter that no principle assigns.
     */
    COMMITTEE_OFFICE,
    /**
     * 负有安全生产监督管理职责的部门: a department with work-safety supervision duties. "要……强化安全生产行政许可和准入管理
     * ……建立健全重大事故隐患排查治理体系和督办制度……精准实施安全监管执法".
     */
    SUPERVISION,
    /**
     * 负有安全生产管理责任的行业领域主管部门: an industry competent department. "要……将行业领域安全生产的督促指导职责明确
     * 细化为若干条具体措施，履行好统筹协调职能".
     */
    INDUSTRY_COMPETENT,
    /**
     * 自治州安全生产委员会其他成员单位: any other member unit. "要在职责范围内为安全生产治本攻坚提供支持保障".
     */
    SUPPORTING,
    /**
     * 属地政府：县（市）人民政府和口岸管委会. They run their own jurisdiction's campaign plan and are the responsible
     * party the plan calls 各县（市）人民政府; each is bound to its jurisdiction.
     */
    LOCAL_GOVERNMENT
}
