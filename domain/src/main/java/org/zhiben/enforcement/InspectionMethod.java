package org.zhiben.enforcement;

/** How an inspection was carried out (task 27 and 28). */
public enum InspectionMethod {
    /** 常规检查. */
    ROUTINE("常规检查"),
    /** 四不两直: unannounced, without reception, straight to the site. */
    FOUR_NOS_TWO_STRAIGHTS("四不两直"),
    /** 明查暗访. */
    OPEN_AND_COVERT("明查暗访"),
    /** 异地交叉执法. */
    CROSS_REGION("异地交叉执法"),
    /** 多部门联合检查. */
    JOINT("多部门联合检查"),
    /** 专家协助检查. */
    EXPERT_ASSISTED("专家协助检查"),
    /** 远程+现场. */
    REMOTE_AND_ON_SITE("远程+现场");

    private final String label;

    InspectionMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
