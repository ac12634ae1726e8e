package org.zhiben.organization;

/**
 * Part a unit plays in the campaign leading group (领导小组). The group is modelled by roles and units, never by the
 * names of the persons who hold them.
 */
public enum LeadingGroupRole {
    /** 组长: the unit of the head of the group. */
    HEAD_UNIT,
    /** 副组长: the unit of a deputy head. */
    DEPUTY_HEAD,
    /** 成员: a member unit, represented by one person. */
    MEMBER_UNIT,
    /** 领导小组办公室: the unit hosting the group's office (the emergency management bureau). */
    LEADING_GROUP_OFFICE,
    /** 抽调人员: a unit that seconds staff to the group's office. */
    SECONDED_STAFF
}
