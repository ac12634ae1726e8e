package org.zhiben.identity.application;

import org.zhiben.identity.RoleAssignment;
import org.zhiben.identity.UserId;
import org.zhiben.shared.Actor;
import org.zhiben.shared.Require;

/** Give a user other roles and/or another unit, jurisdiction or enterprise; {@code actor} is who does it. */
public record ChangeUserRolesCommand(Actor actor, UserId userId, RoleAssignment assignment) {

    public ChangeUserRolesCommand {
        Require.notNull(actor, "actor");
        Require.notNull(userId, "userId");
        Require.notNull(assignment, "assignment");
    }
}
