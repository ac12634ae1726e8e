package org.zhiben.identity.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.zhiben.identity.ApiClient;
import org.zhiben.identity.storage.ApiClients;
import org.zhiben.identity.ClientId;
import org.zhiben.identity.CurrentActors;
import org.zhiben.shared.DataScope;
import org.zhiben.identity.DataScopePolicy;
import org.zhiben.identity.Role;
import org.zhiben.shared.Actor;

/**
 * The caller of the current request, from Spring Security's context: a {@link SignedInUser} (login page, session) or
 * an API client (JWT bearer token; its name is the client id). The data scope of a user is derived from their roles
 * and affiliation at each call ({@link DataScopePolicy}), that of a client is the one it was registered with (none
 * once it is disabled or when it is not registered here), as read when its token was checked for this request.
 */
@Component
public class SecurityCurrentActors implements CurrentActors {

    private final DataScopePolicy policy;
    private final ApiClients clients;

    SecurityCurrentActors(DataScopePolicy policy, ApiClients clients) {
        this.policy = policy;
        this.clients = clients;
    }

    @Override
    public Actor actor() {
        Authentication authentication = authentication();
        if (authentication.getPrincipal() instanceof SignedInUser user) {
            return user.actor();
        }
        if (authentication instanceof JwtAuthenticationToken token) {
            return new Actor(ApiClientTokens.clientId(token.getToken()), Role.API_CLIENT.name(), null);
        }
        throw new IllegalStateException("the caller is neither a signed-in user nor an API client");
    }

    @Override
    public DataScope scope() {
        Authentication authentication = authentication();
        if (authentication.getPrincipal() instanceof SignedInUser user) {
            return policy.scopeOf(user.assignment());
        }
        if (authentication instanceof JwtAuthenticationToken token) {
            Optional<ApiClient> client = token instanceof ApiClientAuthentication checked
                    ? checked.client() : registeredClient(ApiClientTokens.clientId(token.getToken()));
            return client.filter(ApiClient::isEnabled)
                    .map(policy::scopeOf)
                    .orElse(DataScope.none());
        }
        throw new IllegalStateException("the caller is neither a signed-in user nor an API client");
    }

    /** The signed-in user of the current request, if the caller is one. */
    public Optional<SignedInUser> signedInUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInUser user
                ? Optional.of(user) : Optional.empty();
    }

    private Optional<ApiClient> registeredClient(String clientId) {
        try {
            return clients.findByClientId(ClientId.of(clientId));
        } catch (org.zhiben.shared.InvalidValueException notOurs) {
            return Optional.empty();
        }
    }

    private static Authentication authentication() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new IllegalStateException("no caller is signed in; background work acts as Actor.SYSTEM explicitly");
        }
        return authentication;
    }
}
