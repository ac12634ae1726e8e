package org.zhiben.identity.application;

import java.time.Clock;
import org.zhiben.audit.AuditRecorder;
import org.zhiben.identity.ApiClient;
import org.zhiben.identity.storage.ApiClients;
import org.zhiben.shared.Actor;
import org.zhiben.shared.NotFoundException;

/** Disables a registered system: it is no longer permitted anything; recorded as {@code api-client.disabled} with its reason. */
public class DisableApiClient {

    private final ApiClients clients;
    private final Clock clock;
    private final AuditRecorder audit;

    public DisableApiClient(ApiClients clients, Clock clock, AuditRecorder audit) {
        this.clients = clients;
        this.clock = clock;
        this.audit = audit;
    }

    public void disable(Actor actor, ApiClientCommand command) {
        ApiClient client = clients.findByClientId(command.clientId())
                .orElseThrow(() -> new NotFoundException("apiClient", command.clientId()));
        client.disable(clock.instant());
        clients.save(client);
        audit.record(actor, IdentityAudit.API_CLIENT, command.clientId().value(), "api-client.disabled", command.reason(), "enabled=false");
    }
}
