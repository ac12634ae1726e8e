package org.zhiben.identity.application;

import org.zhiben.identity.ClientId;
import org.zhiben.shared.Require;

/** Act on one registered system: disable it, enable it or rotate its secret; {@code reason} (optional) says why. */
public record ApiClientCommand(ClientId clientId, String reason) {

    public ApiClientCommand {
        Require.notNull(clientId, "clientId");
    }

    public ApiClientCommand(ClientId clientId) {
        this(clientId, null);
    }
}
