package org.zhiben.identity.application;

import java.time.Clock;
import org.zhiben.audit.AuditRecorder;
import org.zhiben.identity.ApiClient;
import org.zhiben.identity.storage.ApiClients;
import org.zhiben.identity.PasswordGenerator;
import org.zhiben.identity.PasswordHasher;
import org.zhiben.shared.Actor;
import org.zhiben.shared.NotFoundException;

/**
 * Gives a registered system a new secret, issued once; the old secret stops working. Recorded as
 * {@code api-client.secret-rotated}.
 */
public class RotateApiClientSecret {

    private final ApiClients clients;
    private final PasswordGenerator generator;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final AuditRecorder audit;

    public RotateApiClientSecret(ApiClients clients, PasswordGenerator generator, PasswordHasher hasher,
                                 Clock clock, AuditRecorder audit) {
        this.clients = clients;
        this.generator = generator;
        this.hasher = hasher;
        this.clock = clock;
        this.audit = audit;
    }

    public IssuedSecret rotate(Actor actor, ApiClientCommand command) {
        ApiClient client = clients.findByClientId(command.clientId())
                .orElseThrow(() -> new NotFoundException("apiClient", command.clientId()));
        String secret = OneTimePasswords.generateFor(generator, client.clientId());
        client.rotateSecret(hasher.hash(secret), clock.instant());
        clients.save(client);
        audit.record(actor, IdentityAudit.API_CLIENT, command.clientId().value(), "api-client.secret-rotated", null,
                null);
        return new IssuedSecret(client.clientId(), secret);
    }
}
