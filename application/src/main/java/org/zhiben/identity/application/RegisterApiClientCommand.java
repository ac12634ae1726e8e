package org.zhiben.identity.application;

import java.util.Set;
import org.zhiben.identity.ClientId;
import org.zhiben.shared.DataScope;
import org.zhiben.shared.Permission;
import org.zhiben.shared.Require;

/**
 * Register another bureau's system.
 *
 * @param owner the unit or bureau that owns the system
 */
public record RegisterApiClientCommand(ClientId clientId, String name, String owner, Set<Permission> scopes,
                                       DataScope dataScope) {

    public RegisterApiClientCommand {
        Require.notNull(clientId, "clientId");
        Require.notBlank(name, "name");
        Require.notBlank(owner, "owner");
        scopes = Set.copyOf(Require.notEmpty(scopes, "scopes"));
        Require.notNull(dataScope, "dataScope");
    }
}
