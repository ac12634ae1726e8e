package org.zhiben.platform.security;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import org.zhiben.shared.Permission;

/**
 * A path pattern ({@code /**} matches the rest of the path, including nothing; {@code *} one segment), optionally
 * restricted to one HTTP method ({@code null}: every method), and the permission a caller needs for it.
 */
public record AccessRule(HttpMethod method, String pattern, Permission permission) {

    public AccessRule {
        if (pattern == null || !pattern.startsWith("/")) {
            throw new IllegalArgumentException("an access rule's pattern is an absolute path: " + pattern);
        }
        if (permission == null) {
            throw new IllegalArgumentException("the access rule for " + pattern + " names no permission");
        }
    }

    /** The authority that stands for a permission, for users and API clients alike: {@code SCOPE_hazards:read}. */
    public static String authority(Permission permission) {
        return "SCOPE_" + permission.scope();
    }

    /** The authority a caller needs for this rule. */
    public String authority() {
        return authority(permission);
    }

    /** Matches the requests this rule covers, for Spring Security's filter chains. */
    public RequestMatcher matcher() {
        return PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
    }

    /**
     * Whether this rule covers a request with this method and path (the path within the application, without query;
     * a path template such as {@code /api/v1/hazards/{id}} is matched like a concrete path).
     */
    public boolean matches(HttpMethod method, String path) {
        return (this.method == null || this.method.equals(method)) && parsed().matches(PathContainer.parsePath(path));
    }

    /** Whether some request could be covered by this rule and by the other one (a rough, conservative test). */
    public boolean overlaps(AccessRule other) {
        boolean sameMethods = method == null || other.method == null || method.equals(other.method);
        return sameMethods && (parsed().matches(PathContainer.parsePath(other.pattern))
                || other.parsed().matches(PathContainer.parsePath(pattern)));
    }

    private PathPattern parsed() {
        return PathPatternParser.defaultInstance.parse(pattern);
    }

    @Override
    public String toString() {
        return (method == null ? "*" : method.name()) + " " + pattern + " -> " + permission.scope();
    }
}
