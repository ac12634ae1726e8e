package org.zhiben.identity.application;

import java.time.Clock;
import org.zhiben.identity.ApiClient;
import org.zhiben.identity.ApiClients;
import org.zhiben.identity.PasswordGenerator;
import org.zhiben.identity.PasswordHasher;
import org.zhiben.shared.RuleViolationException;

/**
 * Registers another bureau's system with explicit scopes and data scope, and issues its secret once. Client ids are
 * unique.
 */
public class RegisterApiClient {

    private final ApiClients clients;
    private final PasswordGenerator generator;
    private final PasswordHasher hasher;
    private final Clock clock;

    public RegisterApiClient(ApiClients clients, PasswordGenerator generator, PasswordHasher hasher, Clock clock) {
        this.clients = clients;
        this.generator = generator;
        this.hasher = hasher;
        this.clock = clock;
    }

    public IssuedSecret register(RegisterApiClientCommand command) {
        if (clients.existsByClientId(command.clientId())) {
            throw new RuleViolationException("identity.api-client.id-taken", "the client id is already taken");
        }
        String secret = OneTimePasswords.generateFor(generator, command.clientId());
        ApiClient client = ApiClient.register(command.clientId(), command.name(), command.owner(), command.scopes(),
                command.dataScope(), hasher.hash(secret), clock.instant());
        clients.save(client);
        return new IssuedSecret(client.clientId(), secret);
    }
}
