package org.zhiben.hazards;

/** What a notice to an enterprise about one of its hazards says. */
public enum HazardNotificationKind {
    /** A major hazard of the enterprise was registered in the database (determined as major). */
    MAJOR_HAZARD_REGISTERED,
    /** A step of the escalation ladder was taken because the rectification is overdue. */
    ESCALATED
}
