package org.zhiben.hazards;

import org.zhiben.shared.Permission;

/** The permissions the hazards module declares: major hazards, determination standards and tip-offs. */
public final class HazardPermissions {

    /** Read major hazards, their history, notices and figures. */
    public static final Permission READ = Permission.reading("hazards:read").grantableToApiClients();

    /** Report a hazard: enterprise self-inspection, inspection finding, verified tip-off. */
    public static final Permission REPORT = Permission.changing("hazards:report").grantableToApiClients();

    /** Supervise hazards: determine, verify rectification, write off, list for supervision, escalate. */
    public static final Permission SUPERVISE = Permission.changing("hazards:supervise");

    /** Record a check led by an enterprise's principal (task 24): the enterprise's own, or an officer's within scope. */
    public static final Permission CHECKS_RECORD = Permission.changing("principal-checks:record");

    /** Read the determination standards. */
    public static final Permission STANDARDS_READ = Permission.reading("standards:read").grantableToApiClients();

    /** Import a version of the determination standards. */
    public static final Permission STANDARDS_WRITE = Permission.changing("standards:write");

    /** Read tip-offs without the whistleblower's identity. */
    public static final Permission TIPOFFS_READ = Permission.reading("tipoffs:read").grantableToApiClients();

    /** Read the whistleblower's identity of a tip-off. */
    public static final Permission TIPOFFS_IDENTITY_READ = Permission.reading("tipoffs:identity:read");

    private HazardPermissions() {
    }
}
