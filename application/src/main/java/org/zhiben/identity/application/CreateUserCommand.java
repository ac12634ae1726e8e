package org.zhiben.identity.application;

import org.zhiben.identity.RoleAssignment;
import org.zhiben.identity.Username;
import org.zhiben.shared.Require;

/** Create an account for a person, with roles and affiliation. */
public record CreateUserCommand(Username username, String displayName, RoleAssignment assignment) {

    public CreateUserCommand {
        Require.notNull(username, "username");
        Require.notBlank(displayName, "displayName");
        Require.notNull(assignment, "assignment");
    }
}
