package org.zhiben.organization;

/**
 * Tells whether the organisation data has changed: a number that grows with every change of the jurisdictions, units,
 * industries or the plan, by whoever makes it. What another module derives from the organisation data may be kept
 * while this number stays the same.
 */
public interface OrganizationRevision {

    /** The revision of the organisation data as the caller's transaction sees it. */
    long current();
}
