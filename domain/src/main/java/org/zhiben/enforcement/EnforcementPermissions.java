package org.zhiben.enforcement;

import org.zhiben.shared.Permission;

/** The permissions the enforcement module declares. */
public final class EnforcementPermissions {

    /** Read inspections, penalty cases, listings and statistics (an enterprise manager: its own only). */
    public static final Permission READ = Permission.reading("enforcement:read").grantableToApiClients();

    /** Record and sign inspections, mark checklists, record exams, hand findings to the hazards module. */
    public static final Permission INSPECT = Permission.changing("enforcement:inspect");

    /** Open and run penalty cases, decide, publish, transfer; run the serious-dishonesty list. */
    public static final Permission PENALISE = Permission.changing("enforcement:penalise");

    /** Record the legal review (法制审核) of a major decision. */
    public static final Permission LEGAL_REVIEW = Permission.changing("enforcement:legal-review");

    /** Report a tip-off (the admin intake form, or a bureau's hotline system). */
    public static final Permission TIPOFFS_REPORT = Permission.changing("tipoffs:report").grantableToApiClients();

    /** Handle tip-offs: accept, assign, verify, link, reward, pay, close. */
    public static final Permission TIPOFFS_HANDLE = Permission.changing("tipoffs:handle");

    /**
     * Add versions of the rules enforcement decides by (thresholds, reward amounts, periods, deadlines) and declare the
     * holidays of the working-day calendar.
     */
    public static final Permission RULES = Permission.changing("enforcement:rules");

    private EnforcementPermissions() {
    }
}
