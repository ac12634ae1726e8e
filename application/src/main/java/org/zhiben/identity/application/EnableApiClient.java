package org.zhiben.identity.application;

import java.time.Clock;
import org.zhiben.identity.ApiClient;
import org.zhiben.identity.ApiClients;
import org.zhiben.shared.NotFoundException;

/** Enables a disabled registered system again. */
public class EnableApiClient {

    private final ApiClients clients;
    private final Clock clock;

    public EnableApiClient(ApiClients clients, Clock clock) {
        this.clients = clients;
        this.clock = clock;
    }

    public void enable(ApiClientCommand command) {
        ApiClient client = clients.findByClientId(command.clientId())
                .orElseThrow(() -> new NotFoundException("apiClient", command.clientId()));
        client.enable(clock.instant());
        clients.save(client);
    }
}
