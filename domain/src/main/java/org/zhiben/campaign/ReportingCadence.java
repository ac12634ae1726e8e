package org.zhiben.campaign;

/** How often a report is due. */
public enum ReportingCadence {
    ONCE, MONTHLY, QUARTERLY, YEARLY, ON_ISSUE
}
