package org.zhiben.identity.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An API call with a bearer token is the token's client and nothing more, even when it also carries the session
 * cookie of a signed-in user: the session's user is set aside before the token is checked. (Otherwise the bearer
 * filter adds the authorities of the authentication already there — the session's user — to the token's, and the call
 * would act with the rights of both.) The session itself is left as it is.
 */
class BearerCallsIgnoreTheSession extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SecurityConfiguration.carriesBearerToken(request)) {
            SecurityContextHolder.clearContext();
        }
        chain.doFilter(request, response);
    }
}
