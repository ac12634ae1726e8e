package org.zhiben.identity.security;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.zhiben.identity.Role;
import org.zhiben.identity.RoleAssignment;
import org.zhiben.identity.RolePermissions;
import org.zhiben.identity.UserAccount;
import org.zhiben.platform.security.AccessRule;
import org.zhiben.shared.Actor;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.Permission;
import org.zhiben.shared.UnitCode;

/**
 * The principal of a user signed in through the login page, kept in the HTTP session (plain strings, so it is
 * serialisable). It carries no password, hash or personal data beyond the account name.
 *
 * <p>Authorities: {@code SCOPE_<permission scope>} for every permission the roles granted at sign-in ({@link
 * #permissions()}, as the modules declare them; the same authorities an API
 * client's token gives, so one rule serves both) and {@code ROLE_<role>}; a user who must still change a one-time
 * password has only {@link #PASSWORD_CHANGE_REQUIRED}.
 *
 * <p>{@code sessionGeneration} is the account's session generation when the user signed in; the session ends as soon as
 * the account's is raised (disabled, password reset, roles or affiliation changed), see {@link SessionRevocation}.
 */
public record SignedInUser(UUID userId, String username, List<String> roles, String unit, String jurisdiction,
                           UUID enterpriseId, boolean mustChangePassword, long sessionGeneration,
                           List<String> permissions)
        implements Serializable {

    /** The only authority of a user who must change a one-time password before doing anything else. */
    public static final String PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED";

    public SignedInUser {
        roles = List.copyOf(roles);
        permissions = List.copyOf(permissions);
    }

    /**
     * The user of this account, signed in at the account's session generation {@code sessionGeneration}, with the
     * permissions its roles grant ({@code permissions}: what the modules declare).
     */
    public static SignedInUser of(UserAccount account, long sessionGeneration, RolePermissions permissions) {
        RoleAssignment a = account.assignment();
        List<String> roles = Arrays.stream(Role.values()).filter(a::has).map(Role::name).toList();
        return new SignedInUser(account.id().value(), account.username().value(), roles,
                a.unit() == null ? null : a.unit().value(),
                a.jurisdiction() == null ? null : a.jurisdiction().value(), a.enterpriseId(),
                account.mustChangePassword(), sessionGeneration,
                permissions.of(a.roles()).stream().map(Permission::scope).sorted().toList());
    }

    /** The same user after they changed their password. */
    public SignedInUser withPasswordChanged() {
        return new SignedInUser(userId, username, roles, unit, jurisdiction, enterpriseId, false,
                sessionGeneration, permissions);
    }

    public RoleAssignment assignment() {
        return new RoleAssignment(roles.stream().map(Role::valueOf).collect(Collectors.toSet()),
                unit == null ? null : UnitCode.of(unit),
                jurisdiction == null ? null : JurisdictionCode.of(jurisdiction), enterpriseId);
    }

    /** The user as recorded with a change: the first of their roles in the order of {@link Role}. */
    public Actor actor() {
        return new Actor(username, roles.get(0), unit);
    }

    public Collection<GrantedAuthority> authorities() {
        if (mustChangePassword) {
            return List.of(new SimpleGrantedAuthority(PASSWORD_CHANGE_REQUIRED));
        }
        List<GrantedAuthority> authorities = new ArrayList<>();
        roles.forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
        permissions.forEach(scope -> authorities.add(new SimpleGrantedAuthority("SCOPE_" + scope)));
        return authorities;
    }

    /** The authority that stands for a permission, for users and API clients alike: {@code SCOPE_hazards:read}. */
    public static String authority(Permission permission) {
        return AccessRule.authority(permission);
    }
}
