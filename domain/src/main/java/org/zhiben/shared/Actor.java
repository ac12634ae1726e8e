package org.zhiben.shared;

/**
 * Who performs a command, as the domain needs to know it: the user's account name, the role under which they act,
 * and their unit. Recorded with every change so that it is attributable (who, in which capacity, for which unit).
 * Carries no personal data beyond the account name.
 */
public record Actor(String username, String role, String unitCode) {

    public static final Actor SYSTEM = new Actor("system", "SYSTEM", null);

    public Actor {
        Require.notBlank(username, "actor.username");
        Require.notBlank(role, "actor.role");
    }
}
