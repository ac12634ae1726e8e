package org.zhiben.identity.web;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.zhiben.identity.ApiClient;
import org.zhiben.identity.Role;
import org.zhiben.identity.RoleAssignment;
import org.zhiben.identity.RolePermissions;
import org.zhiben.identity.UserAccount;
import org.zhiben.platform.web.RequestValues;
import org.zhiben.shared.DataScope;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.Permission;

/** JSON shapes of the identity administration API. Codes travel as plain strings. */
final class IdentityRequests {

    private IdentityRequests() {
    }

    /** Roles (e.g. COUNTY_OFFICER) with the unit, jurisdiction or enterprise they belong to. */
    record AssignmentRequest(@NotEmpty List<String> roles, String unit, String jurisdiction, String enterpriseId) {

        RoleAssignment toAssignment() {
            Set<Role> parsed = new HashSet<>();
            for (int i = 0; i < roles.size(); i++) {
                Role role = RequestValues.enumValue(Role.class, roles.get(i), "roles[" + i + "]");
                if (role == null) {
                    throw new InvalidValueException("roles[" + i + "]", "validation.required", "a role is required",
                            "roles[" + i + "]");
                }
                parsed.add(role);
            }
            return new RoleAssignment(parsed, RequestValues.unit(unit, "unit"),
                    RequestValues.jurisdiction(jurisdiction, "jurisdiction"), uuid(enterpriseId, "enterpriseId"));
        }
    }

    record CreateUserRequest(@NotBlank String username, @NotBlank @Size(max = UserAccount.DISPLAY_NAME_MAXIMUM_LENGTH)
                             String displayName, @NotEmpty List<String> roles, String unit, String jurisdiction,
                             String enterpriseId) {

        AssignmentRequest assignment() {
            return new AssignmentRequest(roles, unit, jurisdiction, enterpriseId);
        }
    }

    /** Why an account or client is disabled or enabled; optional, recorded in the audit trail. */
    record ReasonRequest(@Size(max = 1000) String reason) {
        static String of(ReasonRequest request) {
            return request == null ? null : request.reason();
        }
    }

    record UserResponse(String id, String username, String displayName,
                        @ArraySchema(schema = @Schema(implementation = Role.class)) List<String> roles,
                        @Schema(nullable = true) String unit, @Schema(nullable = true) String jurisdiction,
                        @Schema(nullable = true, format = "uuid") String enterpriseId, boolean enabled,
                        boolean mustChangePassword,
                        @Schema(nullable = true, format = "date-time") String lockedUntil, long version) {
        static UserResponse from(UserAccount u) {
            return new UserResponse(u.id().toString(), u.username().value(), u.displayName(),
                    u.roles().stream().map(Role::name).sorted().toList(),
                    u.unit() == null ? null : u.unit().value(),
                    u.jurisdiction() == null ? null : u.jurisdiction().value(),
                    u.enterpriseId() == null ? null : u.enterpriseId().toString(), u.isEnabled(),
                    u.mustChangePassword(), u.lockedUntil() == null ? null : u.lockedUntil().toString(), u.version());
        }
    }

    /** Shown once: the one-time password is not stored and cannot be read again. */
    record IssuedPasswordResponse(String userId, String oneTimePassword) {
    }

    /** The parts of a data scope; {@code prefectureWide} may be left out (false). */
    record DataScopeRequest(Boolean prefectureWide, List<String> jurisdictions, List<String> industries,
                            List<String> enterpriseIds) {

        DataScope toDataScope() {
            Set<JurisdictionCode> j = new HashSet<>();
            each(jurisdictions, (value, field) -> j.add(RequestValues.jurisdiction(value, field)),
                    "dataScope.jurisdictions");
            Set<IndustryCode> n = new HashSet<>();
            each(industries, (value, field) -> n.add(RequestValues.industry(value, field)), "dataScope.industries");
            Set<UUID> e = new HashSet<>();
            each(enterpriseIds, (value, field) -> e.add(uuid(value, field)), "dataScope.enterpriseIds");
            j.remove(null);
            n.remove(null);
            e.remove(null);
            return new DataScope(Boolean.TRUE.equals(prefectureWide), j, n, e);
        }

        static DataScopeRequest from(DataScope s) {
            return new DataScopeRequest(s.prefectureWide(), s.jurisdictions().stream().map(Object::toString).toList(),
                    s.industries().stream().map(Object::toString).toList(),
                    s.enterpriseIds().stream().map(Object::toString).toList());
        }
    }

    record RegisterApiClientRequest(@NotBlank String clientId, @NotBlank @Size(max = ApiClient.NAME_MAXIMUM_LENGTH)
                                    String name, @NotBlank @Size(max = ApiClient.NAME_MAXIMUM_LENGTH) String owner,
                                    @NotEmpty List<String> scopes, @jakarta.validation.constraints.NotNull
                                    DataScopeRequest dataScope) {

        Set<Permission> permissions(RolePermissions known) {
            Set<Permission> permissions = new HashSet<>();
            for (int i = 0; i < scopes.size(); i++) {
                String field = "scopes[" + i + "]";
                String scope = scopes.get(i);
                permissions.add(known.ofScope(scope == null ? "" : scope.strip()).orElseThrow(() ->
                        new InvalidValueException(field, "validation.enum", "unknown scope " + scope, field, scope)));
            }
            return permissions;
        }
    }

    record ApiClientResponse(String clientId, String name, String owner, List<String> scopes,
                             DataScopeRequest dataScope, boolean enabled, long version) {
        static ApiClientResponse from(ApiClient c) {
            return new ApiClientResponse(c.clientId().value(), c.name(), c.owner(),
                    c.scopes().stream().map(Permission::scope).sorted().toList(), DataScopeRequest.from(c.dataScope()),
                    c.isEnabled(), c.version());
        }
    }

    /** Shown once: the secret is not stored and cannot be read again. */
    record IssuedSecretResponse(String clientId, String secret) {
    }

    static UUID uuid(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(field, "validation.type-mismatch", field + " is not a UUID", field);
        }
    }

    private static void each(List<String> values, java.util.function.BiConsumer<String, String> add, String field) {
        if (values == null) {
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            add.accept(values.get(i), field + "[" + i + "]");
        }
    }
}
