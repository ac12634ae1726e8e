package org.zhiben.identity.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.zhiben.identity.persistence.SessionGenerations;

/**
 * Signs out a request whose session belongs to an account that was disabled, or whose password, roles or affiliation
 * an administrator changed since the session signed in ({@link SessionRevocation}): the session is invalidated and the
 * request goes on unauthenticated, so a page redirects to the login page and the API answers 401. Checked on every
 * request of a signed-in user (one primary-key read), in both the API's and the pages' filter chains, after the CSRF
 * check.
 *
 * <p>Accounts are never deleted, so every real sign-in has its row; a principal without one is not a signed-in
 * account and is left to the other rules.
 */
class RevokedSessionFilter extends OncePerRequestFilter {

    private final SessionGenerations generations;

    RevokedSessionFilter(SessionGenerations generations) {
        this.generations = generations;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user && revoked(user)) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
        }
        chain.doFilter(request, response);
    }

    private boolean revoked(SignedInUser user) {
        return generations.of(user.userId())
                .map(account -> !account.enabled() || account.generation() != user.sessionGeneration())
                .orElse(false);
    }
}
