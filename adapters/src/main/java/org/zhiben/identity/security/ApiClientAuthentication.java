package org.zhiben.identity.security;

import java.util.Collection;
import java.util.Optional;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.zhiben.identity.ApiClient;

/**
 * An API client's bearer token, accepted, with the client as it was read when the token was checked (the check that
 * refuses a disabled client's token): the request's data scope comes from it, so a request reads its client once.
 * Empty when the client is not registered here (an external issuer's client).
 */
final class ApiClientAuthentication extends JwtAuthenticationToken {

    private final transient ApiClient client;

    ApiClientAuthentication(Jwt jwt, Collection<? extends GrantedAuthority> authorities, String name,
            ApiClient client) {
        super(jwt, authorities, name);
        this.client = client;
    }

    Optional<ApiClient> client() {
        return Optional.ofNullable(client);
    }
}
