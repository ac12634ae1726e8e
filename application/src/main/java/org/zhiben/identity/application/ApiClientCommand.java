package org.zhiben.identity.application;

import org.zhiben.identity.ClientId;
import org.zhiben.shared.Require;

/** Act on one registered system: disable it, enable it or rotate its secret. */
public record ApiClientCommand(ClientId clientId) {

    public ApiClientCommand {
        Require.notNull(clientId, "clientId");
    }
}
