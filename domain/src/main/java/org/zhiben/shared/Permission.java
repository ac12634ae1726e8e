package org.zhiben.shared;

import java.util.regex.Pattern;

/**
 * One thing a caller may do, declared by the module it belongs to (for example {@code hazards:supervise} by the
 * hazards module). The {@link #scope()} is stable: it is stored with API clients and used as the OAuth2 scope, so it
 * must never be renamed. Two permissions are equal when their scopes are.
 *
 * <p>Which roles hold a permission is declared by its module too, with its access rules; the identity module only
 * combines what the modules declare.
 */
public final class Permission implements Comparable<Permission> {

    private static final Pattern SCOPE = Pattern.compile("[a-z][a-z-]*(:[a-z][a-z-]*)*");

    private final String scope;
    private final boolean readOnly;
    private final boolean grantableToApiClients;

    private Permission(String scope, boolean readOnly, boolean grantableToApiClients) {
        Require.notBlank(scope, "scope");
        if (!SCOPE.matcher(scope).matches()) {
            throw new IllegalArgumentException(
                    "a permission's scope is lower-case words separated by colons, e.g. hazards:read: " + scope);
        }
        this.scope = scope;
        this.readOnly = readOnly;
        this.grantableToApiClients = grantableToApiClients;
    }

    /** A permission that only lets one read (never change) data. */
    public static Permission reading(String scope) {
        return new Permission(scope, true, false);
    }

    /** A permission that lets one change data. */
    public static Permission changing(String scope) {
        return new Permission(scope, false, false);
    }

    /** The same permission, which may also be granted to a registered API client (another bureau's system). */
    public Permission grantableToApiClients() {
        return new Permission(scope, readOnly, true);
    }

    /** The stable name, e.g. {@code hazards:report}. */
    public String scope() {
        return scope;
    }

    /** Whether the permission only lets one read (never change) data. */
    public boolean isReadOnly() {
        return readOnly;
    }

    /** Whether an API client may be registered with this permission as one of its scopes. */
    public boolean isGrantableToApiClients() {
        return grantableToApiClients;
    }

    @Override
    public int compareTo(Permission other) {
        return scope.compareTo(other.scope);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Permission permission && scope.equals(permission.scope);
    }

    @Override
    public int hashCode() {
        return scope.hashCode();
    }

    @Override
    public String toString() {
        return scope;
    }
}
