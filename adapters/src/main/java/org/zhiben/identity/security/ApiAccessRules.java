package org.zhiben.identity.security;

import static org.zhiben.identity.Permission.AUDIT_READ;
import static org.zhiben.identity.Permission.CAMPAIGN_PROGRESS_WRITE;
import static org.zhiben.identity.Permission.CAMPAIGN_READ;
import static org.zhiben.identity.Permission.ENTERPRISES_READ;
import static org.zhiben.identity.Permission.ENTERPRISES_WRITE;
import static org.zhiben.identity.Permission.HAZARDS_READ;
import static org.zhiben.identity.Permission.HAZARDS_REPORT;
import static org.zhiben.identity.Permission.HAZARDS_SUPERVISE;
import static org.zhiben.identity.Permission.ORGANIZATION_READ;
import static org.zhiben.identity.Permission.RESPONSIBILITY_RESOLVE;
import static org.zhiben.identity.Permission.STANDARDS_READ;
import static org.zhiben.identity.Permission.STANDARDS_WRITE;
import static org.zhiben.identity.Permission.USERS_MANAGE;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.zhiben.identity.Permission;

/**
 * THE one place that says which permission each API endpoint needs. The first rule that matches a request decides;
 * a request under {@code /api/**} that no rule matches is denied (deny by default), and the authorisation matrix test
 * fails for any endpoint that has no rule.
 *
 * <p>A new endpoint needs one line here: {@code RULES.get(...)}, {@code post(...)}, {@code writes(...)} (POST, PUT, PATCH,
 * DELETE) or {@code any(...)}, with a path pattern ({@code /**} matches the rest of the path, including nothing).
 * Put the more specific rules first. Which data the caller may touch is then decided by the module, through
 * {@link org.zhiben.identity.CurrentActors#scope()}.
 */
public final class ApiAccessRules {

    /** A path pattern, optionally restricted to one HTTP method, and the permission it needs. */
    public record Rule(HttpMethod method, String pattern, Permission permission) {

        public RequestMatcher matcher() {
            return PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
        }

        public String authority() {
            return SignedInUser.authority(permission);
        }
    }

    private static final AccessRuleList RULES = new AccessRuleList();

    static {
        RULES.get("/api/v1/organization/**", ORGANIZATION_READ);
        RULES.post("/api/v1/responsibility/resolutions", RESPONSIBILITY_RESOLVE);

        RULES.get("/api/v1/campaign/**", CAMPAIGN_READ);
        RULES.post("/api/v1/campaign/progress-entries", CAMPAIGN_PROGRESS_WRITE);

        RULES.get("/api/v1/enterprises/**", ENTERPRISES_READ);
        RULES.writes("/api/v1/enterprises/**", ENTERPRISES_WRITE);

        RULES.get("/api/v1/standards/**", STANDARDS_READ);
        RULES.writes("/api/v1/standards/**", STANDARDS_WRITE);

        RULES.get("/api/v1/hazards/**", HAZARDS_READ);
        RULES.post("/api/v1/hazards", HAZARDS_REPORT);
        // an enterprise reports its own rectification with its evidence (its data scope keeps it to its own hazards)
        RULES.post("/api/v1/hazards/*/rectification", HAZARDS_REPORT);
        RULES.post("/api/v1/hazards/*/attachments", HAZARDS_REPORT);
        RULES.writes("/api/v1/hazards/**", HAZARDS_SUPERVISE);

        RULES.any("/api/v1/identity/**", USERS_MANAGE);
        RULES.any("/api/v1/audit/**", AUDIT_READ);
    }

    private ApiAccessRules() {
    }

    /** Every rule, in the order they are tried. */
    public static List<Rule> rules() {
        return RULES.rules();
    }

    /** The permission a request needs; empty when no rule covers it (it is then denied). */
    public static Optional<Permission> requiredPermission(HttpServletRequest request) {
        return RULES.requiredPermission(request);
    }
}
