package org.zhiben.identity.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * A failed sign-in keeps the user name that was typed, never the password: the failure handler puts it into the
 * session, and the login page it redirects to shows it once in the user name field and forgets it.
 */
public final class AttemptedUsername implements AuthenticationFailureHandler {

    static final String ATTRIBUTE = AttemptedUsername.class.getName();
    /** A user name longer than this was not one (the field allows no more). */
    private static final int MAX_LENGTH = 64;

    private final AuthenticationFailureHandler next;

    AttemptedUsername(AuthenticationFailureHandler next) {
        this.next = next;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException, ServletException {
        String username = request.getParameter("username");
        if (username != null && !username.isBlank() && username.length() <= MAX_LENGTH) {
            request.getSession().setAttribute(ATTRIBUTE, username.strip());
        }
        next.onAuthenticationFailure(request, response, exception);
    }

    /** The user name of the last failed attempt on this session, once. */
    public static Optional<String> takeFrom(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof String username)) {
            return Optional.empty();
        }
        session.removeAttribute(ATTRIBUTE);
        return Optional.of(username);
    }
}
