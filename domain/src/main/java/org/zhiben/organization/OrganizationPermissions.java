package org.zhiben.organization;

import org.zhiben.shared.Permission;

/** The permissions the organization module declares. */
public final class OrganizationPermissions {

    /** Read the jurisdictions, units, industries and responsibility principles. */
    public static final Permission READ = Permission.reading("organization:read").grantableToApiClients();

    /** Ask who leads and who co-manages a matter, and why (a query: it changes nothing). */
    public static final Permission RESPONSIBILITY_RESOLVE =
            Permission.reading("responsibility:resolve").grantableToApiClients();

    private OrganizationPermissions() {
    }
}
