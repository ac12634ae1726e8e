package org.zhiben.identity.persistence;

import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.zhiben.identity.Role;
import org.zhiben.identity.RolePermissions;
import org.zhiben.identity.UnitAccounts;
import org.zhiben.shared.Permission;
import org.zhiben.shared.UnitCode;

/** The enabled accounts of a unit from {@code identity.user_account}, kept to those whose roles grant a permission. */
@Component
class UnitAccountsAdapter implements UnitAccounts {

    private final JdbcTemplate jdbc;
    private final RolePermissions permissions;

    UnitAccountsAdapter(JdbcTemplate jdbc, RolePermissions permissions) {
        this.jdbc = jdbc;
        this.permissions = permissions;
    }

    @Override
    public List<Account> holding(UnitCode unit, Permission permission) {
        if (unit == null) {
            return List.of();
        }
        return jdbc.query("SELECT username, display_name, roles FROM identity.user_account WHERE unit_code = ? "
                + "AND enabled AND enterprise_id IS NULL ORDER BY display_name, username",
                (row, n) -> new Row(new Account(row.getString("username"), row.getString("display_name")),
                        row.getString("roles")), unit.value())
                .stream().filter(row -> permissions.permits(roles(row.roles()), permission)).map(Row::account)
                .toList();
    }

    private static List<Role> roles(String joined) {
        return Arrays.stream(joined.split(",")).map(String::strip).filter(r -> !r.isEmpty())
                .flatMap(r -> Arrays.stream(Role.values()).filter(role -> role.name().equals(r))).toList();
    }

    private record Row(Account account, String roles) {
    }
}
