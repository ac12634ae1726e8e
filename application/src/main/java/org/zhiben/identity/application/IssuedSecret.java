package org.zhiben.identity.application;

import org.zhiben.identity.ClientId;

/**
 * A client secret issued to a registered system, to hand over once: it is not stored (only its hash is) and not
 * shown by {@link #toString()}.
 */
public record IssuedSecret(ClientId clientId, String secret) {

    @Override
    public String toString() {
        return "IssuedSecret[clientId=" + clientId + ", secret=***]";
    }
}
