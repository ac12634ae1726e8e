package org.zhiben.identity.application;

import org.zhiben.identity.Username;
import org.zhiben.shared.Require;

/** A logged-in user replaces their password. The passwords never appear in {@link #toString()}. */
public record ChangeOwnPasswordCommand(Username username, String currentPassword, String newPassword) {

    public ChangeOwnPasswordCommand {
        Require.notNull(username, "username");
        Require.notNull(currentPassword, "currentPassword");
        Require.notNull(newPassword, "newPassword");
    }

    @Override
    public String toString() {
        return "ChangeOwnPasswordCommand[username=" + username + ", currentPassword=***, newPassword=***]";
    }
}
