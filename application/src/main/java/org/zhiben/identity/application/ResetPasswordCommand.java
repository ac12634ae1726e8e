package org.zhiben.identity.application;

import org.zhiben.identity.UserId;
import org.zhiben.shared.Require;

/** Reset a user's password to a new one-time password. */
public record ResetPasswordCommand(UserId userId) {

    public ResetPasswordCommand {
        Require.notNull(userId, "userId");
    }
}
