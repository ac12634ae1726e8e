package org.zhiben.identity.application;

import org.zhiben.identity.UserId;
import org.zhiben.shared.Actor;
import org.zhiben.shared.Require;

/** Disable a user's account; {@code actor} is who does it, {@code reason} (optional) why. */
public record DisableUserCommand(Actor actor, UserId userId, String reason) {

    public DisableUserCommand {
        Require.notNull(actor, "actor");
        Require.notNull(userId, "userId");
    }

    public DisableUserCommand(Actor actor, UserId userId) {
        this(actor, userId, null);
    }
}
