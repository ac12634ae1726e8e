package org.zhiben.hazards;

/**
 * Whom in an enterprise a hazard notice is addressed to. Task 23: "及时将重大事故隐患信息通知到相关企业的主要负责人、
 * 实际控制人".
 */
public enum EnterpriseContactRole {
    /** 主要负责人. */
    PRINCIPAL,
    /** 实际控制人. */
    ACTUAL_CONTROLLER
}
