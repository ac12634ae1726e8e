package org.zhiben.identity;

import org.zhiben.shared.Permission;

/** The permissions the identity module declares. */
public final class IdentityPermissions {

    /** Create users, change their roles, disable them, reset passwords; register API clients. */
    public static final Permission USERS_MANAGE = Permission.changing("users:manage");

    private IdentityPermissions() {
    }
}
