package org.zhiben.identity.security;

import java.time.Duration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.zhiben.identity.ApiClient;
import org.zhiben.identity.storage.ApiClients;
import org.zhiben.identity.ClientId;
import org.zhiben.platform.tx.Transactions;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.Permission;

/**
 * The embedded authorization server's view of the identity module's {@link ApiClients}: an enabled client may obtain
 * an access token (a signed JWT, {@value #TOKEN_MINUTES} minutes) with the client-credentials grant, authenticating
 * with its secret (HTTP Basic or form parameters), for any of its registered scopes. Disabled clients are unknown to
 * it. Clients are registered, changed and rotated through the identity module only.
 */
class ApiClientRegistrations implements RegisteredClientRepository {

    static final int TOKEN_MINUTES = 30;

    private final ApiClients clients;
    private final Transactions transactions;

    ApiClientRegistrations(ApiClients clients, Transactions transactions) {
        this.clients = clients;
        this.transactions = transactions;
    }

    @Override
    public void save(RegisteredClient registeredClient) {
        throw new IllegalStateException("API clients are registered and changed through the identity module's "
                + "use cases (RegisterApiClient, RotateApiClientSecret), not through the authorization server");
    }

    @Override
    public RegisteredClient findById(String id) {
        return findByClientId(id);
    }

    @Override
    public RegisteredClient findByClientId(String clientId) {
        ClientId id;
        try {
            id = ClientId.of(clientId);
        } catch (InvalidValueException malformed) {
            return null;
        }
        return transactions.read(() -> clients.findByClientId(id))
                .filter(ApiClient::isEnabled)
                .map(ApiClientRegistrations::registration)
                .orElse(null);
    }

    private static RegisteredClient registration(ApiClient client) {
        return RegisteredClient.withId(client.clientId().value())
                .clientId(client.clientId().value())
                .clientName(client.name())
                .clientSecret(client.secretHash())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scopes(scopes -> client.scopes().stream().map(Permission::scope).forEach(scopes::add))
                .tokenSettings(TokenSettings.builder()
                        .accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED)
                        .accessTokenTimeToLive(Duration.ofMinutes(TOKEN_MINUTES))
                        .build())
                .build();
    }
}
