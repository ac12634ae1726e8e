package org.zhiben.identity.application;

import org.zhiben.identity.UserId;
import org.zhiben.shared.Require;

/** Enable a disabled account again; {@code reason} (optional) says why. */
public record EnableUserCommand(UserId userId, String reason) {

    public EnableUserCommand {
        Require.notNull(userId, "userId");
    }

    public EnableUserCommand(UserId userId) {
        this(userId, null);
    }
}
