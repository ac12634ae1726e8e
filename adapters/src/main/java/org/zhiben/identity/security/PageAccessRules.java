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
import org.zhiben.identity.Permission;
import org.zhiben.identity.security.ApiAccessRules.Rule;

/**
 * The one place that says which permission each page of the administrators' UI needs, enforced by the page security
 * chain before a page controller runs (the controllers check again, and filter by data scope). A signed-in user may
 * open a page that no rule covers (the home page, changing one's password). The authorisation matrix test tries every
 * page with every role against these rules. More specific rules first.
 */
public final class PageAccessRules {

    private static final AccessRuleList RULES = new AccessRuleList();

    static {
        RULES.get("/campaign/**", CAMPAIGN_READ);
        RULES.post("/campaign/tasks/*/progress", CAMPAIGN_PROGRESS_WRITE);

        RULES.get("/enterprises/import/**", ENTERPRISES_WRITE);
        RULES.get("/enterprises/new", ENTERPRISES_WRITE);
        RULES.get("/enterprises/*/edit", ENTERPRISES_WRITE);
        RULES.get("/enterprises/**", ENTERPRISES_READ);
        RULES.post("/enterprises/**", ENTERPRISES_WRITE);

        RULES.get("/standards/import", STANDARDS_WRITE);
        RULES.get("/standards/**", STANDARDS_READ);
        RULES.post("/standards/**", STANDARDS_WRITE);

        RULES.get("/hazards/new", HAZARDS_REPORT);
        RULES.post("/hazards/new", HAZARDS_REPORT);
        // an enterprise submits the rectification of its own hazards (its data scope keeps it to them)
        RULES.post("/hazards/*/rectification", HAZARDS_REPORT);
        RULES.get("/hazards/**", HAZARDS_READ);
        RULES.post("/hazards/**", HAZARDS_SUPERVISE);
        // every role that signs in reads hazards: every signed-in user has an inbox of the notices in his data scope
        RULES.any("/inbox/**", HAZARDS_READ);

        RULES.any("/responsibility/**", RESPONSIBILITY_RESOLVE);
        RULES.get("/organization/**", ORGANIZATION_READ);
        RULES.any("/admin/users/**", USERS_MANAGE);
        RULES.any("/audit/**", AUDIT_READ);
    }

    private PageAccessRules() {
    }

    /** Every rule, in the order they are tried. */
    public static List<Rule> rules() {
        return RULES.rules();
    }

    /** The permission a page request needs; empty when any signed-in user may open it. */
    public static Optional<Permission> requiredPermission(HttpServletRequest request) {
        return RULES.requiredPermission(request);
    }
}
