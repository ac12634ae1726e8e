package org.zhiben.identity.application;

import java.time.Clock;
import org.zhiben.identity.ApiClient;
import org.zhiben.identity.ApiClients;
import org.zhiben.shared.NotFoundException;

/** Disables a registered system: it is no longer permitted anything. */
public class DisableApiClient {

    private final ApiClients clients;
    private final Clock clock;

    public DisableApiClient(ApiClients clients, Clock clock) {
        this.clients = clients;
        this.clock = clock;
    }

    public void disable(ApiClientCommand command) {
        ApiClient client = clients.findByClientId(command.clientId())
                .orElseThrow(() -> new NotFoundException("apiClient", command.clientId()));
        client.disable(clock.instant());
        clients.save(client);
    }
}
