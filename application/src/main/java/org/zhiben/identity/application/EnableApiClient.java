package org.zhiben.identity.application;

import java.time.Clock;
import org.zhiben.audit.AuditRecorder;
import org.zhiben.identity.ApiClient;
import org.zhiben.identity.storage.ApiClients;
import org.zhiben.shared.Actor;
import org.zhiben.shared.NotFoundException;

/** Enables a disabled registered system again; recorded as {@code api-client.enabled} with its reason. */
public class EnableApiClient {

    private final ApiClients clients;
    private final Clock clock;
    private final AuditRecorder audit;

    public EnableApiClient(ApiClients clients, Clock clock, AuditRecorder audit) {
        this.clients = clients;
        this.clock = clock;
        this.audit = audit;
    }

    public void enable(Actor actor, ApiClientCommand command) {
        ApiClient client = clients.findByClientId(command.clientId())
                .orElseThrow(() -> new NotFoundException("apiClient", command.clientId()));
        client.enable(clock.instant());
        clients.save(client);
        audit.record(actor, IdentityAudit.API_CLIENT, command.clientId().value(), "api-client.enabled", command.reason(), "enabled=true");
    }
}
