package org.zhiben.identity.application;

import org.zhiben.identity.UserId;
import org.zhiben.shared.Require;

/** Enable a disabled account again. */
public record EnableUserCommand(UserId userId) {

    public EnableUserCommand {
        Require.notNull(userId, "userId");
    }
}
