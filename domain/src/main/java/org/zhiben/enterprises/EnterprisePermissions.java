package org.zhiben.enterprises;

import org.zhiben.shared.Permission;

/** The permissions the enterprises module declares. */
public final class EnterprisePermissions {

    /** Read the register of enterprises. */
    public static final Permission READ = Permission.reading("enterprises:read").grantableToApiClients();

    /** Register, change and import enterprises. */
    public static final Permission WRITE = Permission.changing("enterprises:write");

    private EnterprisePermissions() {
    }
}
