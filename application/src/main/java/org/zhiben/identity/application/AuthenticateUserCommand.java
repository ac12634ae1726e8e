package org.zhiben.identity.application;

import org.zhiben.shared.Require;

/** A login attempt, as typed. The password never appears in {@link #toString()}. */
public record AuthenticateUserCommand(String username, String password) {

    public AuthenticateUserCommand {
        Require.notNull(username, "username");
        Require.notNull(password, "password");
    }

    @Override
    public String toString() {
        return "AuthenticateUserCommand[username=" + username + ", password=***]";
    }
}
