package org.zhiben.reporting;

import org.zhiben.shared.Permission;

/** The permissions the reporting module declares. */
public final class ReportingPermissions {

    /**
     * Read the reporting figures, the reporting calendar, the units' submissions and the dashboard (within the data
     * scope).
     */
    public static final Permission READ = Permission.reading("reporting:read").grantableToApiClients();

    /** Prepare and submit a reporting unit's own submissions: 附表1 with remarks, progress texts, 附表2 entries. */
    public static final Permission SUBMIT = Permission.changing("reporting:submit");

    /**
     * Review the units' submissions for the committee office (accept or return with reasons) and rebuild the stock
     * read model.
     */
    public static final Permission REVIEW = Permission.changing("reporting:review");

    private ReportingPermissions() {
    }
}
