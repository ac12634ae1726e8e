package org.zhiben.reporting;

/** Where a unit's submission stands: draft → submitted → accepted, or returned with reasons → resubmitted. */
public enum SubmissionStatus {
    /** Prepared, not yet submitted: the unit reviews it and adds remarks. */
    DRAFT,
    /** Submitted (or resubmitted, or corrected) and waiting for the committee office. */
    SUBMITTED,
    /** Accepted by the committee office. */
    ACCEPTED,
    /** Returned by the committee office with reasons: the unit revises and resubmits it. */
    RETURNED
}
