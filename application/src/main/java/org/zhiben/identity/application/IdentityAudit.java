package org.zhiben.identity.application;

import java.util.Collection;
import java.util.Set;
import java.util.StringJoiner;
import org.zhiben.identity.Role;
import org.zhiben.identity.RoleAssignment;
import org.zhiben.shared.DataScope;
import org.zhiben.shared.Permission;

/**
 * The identity module's audit vocabulary: the entity types {@code user} and {@code api-client}, the actions
 * ({@code <entity>.<past participle>}, e.g. {@code user.created}, {@code api-client.secret-rotated}) and the change
 * texts, which name accounts and clients by id and say what changed in codes (roles, unit, jurisdiction, scopes) —
 * never a password, secret, hash or display name.
 */
final class IdentityAudit {

    static final String USER = "user";
    static final String API_CLIENT = "api-client";

    private IdentityAudit() {
    }

    static String assignment(RoleAssignment a) {
        StringJoiner text = new StringJoiner(";");
        text.add("roles=" + String.join(",", a.roles().stream().map(Role::name).sorted().toList()));
        text.add("unit=" + (a.unit() == null ? "" : a.unit().value()));
        text.add("jurisdiction=" + (a.jurisdiction() == null ? "" : a.jurisdiction().value()));
        text.add("enterprise=" + (a.enterpriseId() == null ? "" : a.enterpriseId()));
        return text.toString();
    }

    static String scopes(Set<Permission> scopes) {
        return String.join(",", scopes.stream().map(Permission::scope).sorted().toList());
    }

    static String dataScope(DataScope scope) {
        if (scope.prefectureWide()) {
            return "dataScope=PREFECTURE";
        }
        return "dataScope.jurisdictions=" + join(scope.jurisdictions()) + ";dataScope.industries="
                + join(scope.industries()) + ";dataScope.enterprises=" + join(scope.enterpriseIds());
    }

    private static String join(Collection<?> values) {
        return String.join(",", values.stream().map(String::valueOf).sorted().toList());
    }
}
