package org.zhiben.identity.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a user who signed in with a one-time password on the change-password page until they have changed it. (On the
 * API such a user has no permission at all, so every call is refused with 403.)
 */
class MustChangePasswordFilter extends OncePerRequestFilter {

    static final String CHANGE_PASSWORD_PAGE = "/password";
    private static final List<String> ALLOWED_PREFIXES = List.of(CHANGE_PASSWORD_PAGE, "/logout", "/css/", "/js/",
            "/webjars/", "/images/", "/favicon.ico", "/error");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user
                && user.mustChangePassword() && !allowed(request)) {
            response.sendRedirect(request.getContextPath() + CHANGE_PASSWORD_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean allowed(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return ALLOWED_PREFIXES.stream().anyMatch(path::startsWith);
    }
}
