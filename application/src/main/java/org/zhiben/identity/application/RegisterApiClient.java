package org.zhiben.identity.application;

import java.time.Clock;
import org.zhiben.audit.AuditRecorder;
import org.zhiben.identity.ApiClient;
import org.zhiben.identity.storage.ApiClients;
import org.zhiben.identity.PasswordGenerator;
import org.zhiben.identity.PasswordHasher;
import org.zhiben.shared.Actor;
import org.zhiben.shared.RuleViolationException;

/**
 * Registers another bureau's system with explicit scopes and data scope, and issues its secret once. Client ids are
 * unique. Recorded as {@code api-client.registered} with its scopes and data scope.
 */
public class RegisterApiClient {

    private final ApiClients clients;
    private final PasswordGenerator generator;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final AuditRecorder audit;

    public RegisterApiClient(ApiClients clients, PasswordGenerator generator, PasswordHasher hasher, Clock clock,
                             AuditRecorder audit) {
        this.clients = clients;
        this.generator = generator;
        this.hasher = hasher;
        this.clock = clock;
        this.audit = audit;
    }

    public IssuedSecret register(Actor actor, RegisterApiClientCommand command) {
        if (clients.existsByClientId(command.clientId())) {
            throw new RuleViolationException("identity.api-client.id-taken", "the client id is already taken");
        }
        String secret = OneTimePasswords.generateFor(generator, command.clientId());
        ApiClient client = ApiClient.register(command.clientId(), command.name(), command.owner(), command.scopes(),
                command.dataScope(), hasher.hash(secret), clock.instant());
        clients.save(client);
        audit.record(actor, IdentityAudit.API_CLIENT, command.clientId().value(), "api-client.registered", null,
                "scopes=" + IdentityAudit.scopes(command.scopes()) + ";" + IdentityAudit.dataScope(command.dataScope()));
        return new IssuedSecret(client.clientId(), secret);
    }
}
