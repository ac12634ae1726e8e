package org.zhiben.enforcement;

/** The steps of a tip-off: acceptance → assignment → verification → outcome → reward → payment → closure. */
public enum TipOffStatus {
    /** 收到. */
    RECEIVED("已收到"),
    /** 受理. */
    ACCEPTED("已受理"),
    /** 交办: assigned to the responsible unit. */
    ASSIGNED("已交办"),
    /** 现场核查. */
    VERIFIED("已核查"),
    /** 处理结果: linked to a hazard and/or a penalty case. */
    OUTCOME_LINKED("已处理"),
    /** 奖励决定. */
    REWARD_DECIDED("奖励已决定"),
    /** 奖励审批. */
    REWARD_APPROVED("奖励已审批"),
    /** 奖金发放. */
    PAID("奖金已发放"),
    /** 办结. */
    CLOSED("已办结");

    private final String label;

    TipOffStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
