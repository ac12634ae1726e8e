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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpMethod;
import org.zhiben.identity.Permission;
import org.zhiben.identity.security.ApiAccessRules.Rule;

/**
 * The one place that says which permission each page of the administrators' UI needs, enforced by the page security
 * chain before a page controller runs (the controllers check again, and filter by data scope). A signed-in user may
 * open a page that no rule covers (the home page, changing one's password). The authorisation matrix test tries every
 * page with every role against these rules. More specific rules first.
 */
public final class PageAccessRules {

    private static final List<Rule> RULES = new ArrayList<>();

    static {
        get("/campaign/**", CAMPAIGN_READ);
        post("/campaign/tasks/*/progress", CAMPAIGN_PROGRESS_WRITE);

        get("/enterprises/import/**", ENTERPRISES_WRITE);
        get("/enterprises/new", ENTERPRISES_WRITE);
        get("/enterprises/*/edit", ENTERPRISES_WRITE);
        get("/enterprises/**", ENTERPRISES_READ);
        post("/enterprises/**", ENTERPRISES_WRITE);

        get("/standards/import", STANDARDS_WRITE);
        get("/standards/**", STANDARDS_READ);
        post("/standards/**", STANDARDS_WRITE);

        get("/hazards/new", HAZARDS_REPORT);
        post("/hazards/new", HAZARDS_REPORT);
        // an enterprise submits the rectification of its own hazards (its data scope keeps it to them)
        post("/hazards/*/rectification", HAZARDS_REPORT);
        get("/hazards/**", HAZARDS_READ);
        post("/hazards/**", HAZARDS_SUPERVISE);

        any("/responsibility/**", RESPONSIBILITY_RESOLVE);
        get("/organization/**", ORGANIZATION_READ);
        any("/admin/users/**", USERS_MANAGE);
        any("/audit/**", AUDIT_READ);
    }

    private PageAccessRules() {
    }

    /** Every rule, in the order they are tried. */
    public static List<Rule> rules() {
        return List.copyOf(RULES);
    }

    /** The permission a page request needs; empty when any signed-in user may open it. */
    public static Optional<Permission> requiredPermission(HttpServletRequest request) {
        return RULES.stream().filter(rule -> rule.matcher().matches(request)).map(Rule::permission).findFirst();
    }

    private static void get(String pattern, Permission permission) {
        RULES.add(new Rule(HttpMethod.GET, pattern, permission));
    }

    private static void post(String pattern, Permission permission) {
        RULES.add(new Rule(HttpMethod.POST, pattern, permission));
    }

    private static void any(String pattern, Permission permission) {
        RULES.add(new Rule(null, pattern, permission));
    }
}
