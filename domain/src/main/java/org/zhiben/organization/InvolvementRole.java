package org.zhiben.organization;

/** The part an involved unit plays in a matter. */
public enum InvolvementRole {
    /** 为主: the unit plays the main role ("谁为主谁牵头"). */
    MAIN,
    /** 配合: the unit contributes ("各相关部门齐抓共管"). */
    CONTRIBUTING
}
