package org.zhiben.audit;

import org.zhiben.shared.Permission;

/** The permissions the audit module declares. */
public final class AuditPermissions {

    /** Read the audit trail and verify its hash chain. */
    public static final Permission READ = Permission.reading("audit:read");

    private AuditPermissions() {
    }
}
