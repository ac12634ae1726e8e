package org.zhiben.identity.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds each API client to its rate limit ({@link ApiRateLimits}): a call authenticated by a client's bearer token
 * beyond its allowance is answered 429 with {@code Retry-After} (whole seconds) and problem details
 * {@code security.rate-limited}, before anything else is done. Calls of signed-in users (pages, session) are not
 * limited here.
 */
class ApiRateLimitFilter extends OncePerRequestFilter {

    private final ApiRateLimits limits;
    private final ApiProblemHandlers problems;

    ApiRateLimitFilter(ApiRateLimits limits, ApiProblemHandlers problems) {
        this.limits = limits;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken client) {
            Optional<Duration> wait = limits.take(client.getName());
            if (wait.isPresent()) {
                long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
                problems.tooManyRequests(request, response, seconds, limits.limitOf(client.getName()));
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
