package org.zhiben.enforcement;

/** The kinds of versioned data enforcement decides by, each kept as versions in force from a date. */
public enum RuleKind {
    /** 任务24奖惩规则：迟迟不能完成整改的逾期天数. */
    PENALTY_RULE("任务24“迟迟不能完成整改”逾期天数"),
    /** 举报奖励标准. */
    REWARD("举报奖励标准"),
    /** 重大执法决定认定规则（罚款阈值）. */
    MAJOR_DECISION("重大执法决定认定规则"),
    /** 执法检查责任倒查回溯期. */
    TRACING("责任倒查回溯期"),
    /** 举报办理各环节时限. */
    TIP_OFF_DEADLINES("举报办理时限"),
    /** 严重失信主体名单异议期、管理期、提前移出期限. */
    DISHONESTY_PERIODS("严重失信名单期限");

    private final String label;

    RuleKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
