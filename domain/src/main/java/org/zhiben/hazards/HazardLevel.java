package org.zhiben.hazards;

/** Level of a hazard (事故隐患) as determined against the standard in force. */
public enum HazardLevel {
    /** 重大事故隐患: the finding matches a clause of the applicable determination standard. */
    MAJOR,
    /** 一般事故隐患: every other finding. */
    GENERAL
}
