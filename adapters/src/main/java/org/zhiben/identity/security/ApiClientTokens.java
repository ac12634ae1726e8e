package org.zhiben.identity.security;

import java.util.Optional;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.zhiben.identity.ApiClient;
import org.zhiben.identity.storage.ApiClients;
import org.zhiben.identity.ClientId;
import org.zhiben.platform.tx.Transactions;
import org.zhiben.shared.InvalidValueException;

/**
 * Turns a validated bearer token into the caller: its scopes become {@code SCOPE_<scope>} authorities, its name the
 * client id. A token of a client that is disabled is refused (401) even before it expires; so is, with the embedded
 * authorization server, a token of a client that is not registered. With an external issuer, a client that is not
 * registered here keeps its token's scopes but sees no data (empty data scope). The client read here stays with the
 * authentication ({@link ApiClientAuthentication}) for the request's data scope.
 */
class ApiClientTokens implements Converter<Jwt, AbstractAuthenticationToken> {

    private final JwtGrantedAuthoritiesConverter scopes = new JwtGrantedAuthoritiesConverter();
    private final ApiClients clients;
    private final Transactions transactions;
    private final boolean embeddedIssuer;

    ApiClientTokens(ApiClients clients, Transactions transactions, boolean embeddedIssuer) {
        this.clients = clients;
        this.transactions = transactions;
        this.embeddedIssuer = embeddedIssuer;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        String clientId = clientId(jwt);
        Optional<ApiClient> client = transactions.read(() -> find(clientId));
        if (client.isPresent() && !client.get().isEnabled()) {
            throw new InvalidBearerTokenException("the API client is disabled");
        }
        if (client.isEmpty() && embeddedIssuer) {
            throw new InvalidBearerTokenException("the API client is not registered");
        }
        return new ApiClientAuthentication(jwt, scopes.convert(jwt), clientId, client.orElse(null));
    }

    /** The client a token was issued to: {@code client_id}, else {@code azp}, else the subject. */
    static String clientId(Jwt jwt) {
        for (String claim : new String[] {"client_id", "azp"}) {
            String value = jwt.getClaimAsString(claim);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return jwt.getSubject();
    }

    private Optional<ApiClient> find(String clientId) {
        try {
            return clients.findByClientId(ClientId.of(clientId));
        } catch (InvalidValueException notAClientId) {
            return Optional.empty();
        }
    }
}
