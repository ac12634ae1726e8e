package org.zhiben.identity;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.zhiben.shared.DataScope;
import org.zhiben.shared.Permission;
import org.zhiben.shared.Require;

/**
 * Which role may do what, combined from what every module declares: each module declares its permissions and which
 * roles hold them (with its access rules), and this is their union. What a caller may see is decided separately, by
 * its {@link DataScope}.
 *
 * <p>{@link Role#API_CLIENT} holds nothing by itself: an API client's permissions are exactly the scopes it was
 * registered with, chosen among the permissions {@linkplain Permission#isGrantableToApiClients() grantable to API
 * clients}.
 *
 * <p>Reasons behind the matrix the modules declare today:
 * <ul>
 * <li>Only the tip-off officer sees who blew the whistle: the plan asks for “举报受理、现场核查、奖金发放、信息保护”.</li>
 * <li>Only the committee office manages accounts and the determination standards, which are prefecture-wide
 *     reference data.</li>
 * <li>The auditor only reads, and is the only one who reads the audit trail: those who administer accounts do not
 *     audit themselves (separation of the administrator's and the auditor's duties).</li>
 * <li>Inspectors report what they find (“谁检查、谁签名、谁负责”); determination, write-off approval and escalation
 *     stay with the supervising departments and jurisdictions (“负有安全监管职责有关部门审核把关销号”).</li>
 * <li>An enterprise reports its own hazards (“双报告”) and keeps its own data up to date, and reads nothing of
 *     tip-offs.</li>
 * </ul>
 */
public final class RolePermissions {

    private final SortedMap<String, Permission> byScope;
    private final Map<Role, Set<Permission>> matrix = new EnumMap<>(Role.class);
    private final Set<Permission> grantableToApiClients;

    /**
     * @param declared every permission the modules declare (a permission may be held by no role, e.g. one only an
     *                 API client is granted)
     * @param grants   the permissions each role holds; every one of them must be declared
     * @throws IllegalArgumentException when two declared permissions share a scope but differ, when a role holds an
     *                                  undeclared permission, or when {@link Role#API_CLIENT} is granted anything
     */
    public RolePermissions(Collection<Permission> declared, Map<Role, ? extends Collection<Permission>> grants) {
        SortedMap<String, Permission> scopes = new TreeMap<>();
        for (Permission permission : Require.notNull(declared, "declared")) {
            Permission known = scopes.putIfAbsent(permission.scope(), permission);
            if (known != null && (known.isReadOnly() != permission.isReadOnly()
                    || known.isGrantableToApiClients() != permission.isGrantableToApiClients())) {
                throw new IllegalArgumentException("the permission " + permission + " is declared twice, differently");
            }
        }
        this.byScope = Collections.unmodifiableSortedMap(scopes);
        for (Role role : Role.values()) {
            matrix.put(role, Set.of());
        }
        Require.notNull(grants, "grants").forEach((role, permissions) -> {
            if (role == Role.API_CLIENT && !permissions.isEmpty()) {
                throw new IllegalArgumentException("the API client role holds nothing by itself; a client has the "
                        + "scopes it was registered with");
            }
            SortedSet<Permission> held = new TreeSet<>(matrix.get(role));
            for (Permission permission : permissions) {
                if (!permission.equals(byScope.get(permission.scope()))) {
                    throw new IllegalArgumentException(role + " is granted the undeclared permission " + permission);
                }
                held.add(byScope.get(permission.scope()));
            }
            matrix.put(role, Collections.unmodifiableSortedSet(held));
        });
        this.grantableToApiClients = Collections.unmodifiableSortedSet(new TreeSet<>(scopes.values().stream()
                .filter(Permission::isGrantableToApiClients).toList()));
    }

    /** The permissions a role grants (none for {@link Role#API_CLIENT}: a client has its registered scopes). */
    public Set<Permission> of(Role role) {
        return matrix.get(Require.notNull(role, "role"));
    }

    /** The permissions that holding all of the given roles grants. */
    public Set<Permission> of(Collection<Role> roles) {
        SortedSet<Permission> permissions = new TreeSet<>();
        roles.forEach(role -> permissions.addAll(of(role)));
        return Collections.unmodifiableSortedSet(permissions);
    }

    /** Whether holding the given roles grants the permission. */
    public boolean permits(Collection<Role> roles, Permission permission) {
        return roles.stream().anyMatch(role -> of(role).contains(permission));
    }

    /** The scopes an API client may be granted (each module says which of its permissions are). */
    public Set<Permission> grantableToApiClients() {
        return grantableToApiClients;
    }

    /** Every declared permission, by scope. */
    public Collection<Permission> all() {
        return byScope.values();
    }

    /** The declared permission with the given stable name, if there is one. */
    public Optional<Permission> ofScope(String scope) {
        return Optional.ofNullable(scope == null ? null : byScope.get(scope));
    }
}
