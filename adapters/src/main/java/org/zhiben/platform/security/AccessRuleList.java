package org.zhiben.platform.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpMethod;
import org.zhiben.shared.Permission;

/** An ordered list of access rules, written one line per path: the first rule that matches a request decides. */
public final class AccessRuleList {

    private static final List<HttpMethod> WRITES =
            List.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

    private final List<AccessRule> rules = new ArrayList<>();

    AccessRuleList() {
    }

    public AccessRuleList get(String pattern, Permission permission) {
        rules.add(new AccessRule(HttpMethod.GET, pattern, permission));
        return this;
    }

    public AccessRuleList post(String pattern, Permission permission) {
        rules.add(new AccessRule(HttpMethod.POST, pattern, permission));
        return this;
    }

    /** POST, PUT, PATCH and DELETE. */
    public AccessRuleList writes(String pattern, Permission permission) {
        for (HttpMethod method : WRITES) {
            rules.add(new AccessRule(method, pattern, permission));
        }
        return this;
    }

    /** Every method. */
    public AccessRuleList any(String pattern, Permission permission) {
        rules.add(new AccessRule(null, pattern, permission));
        return this;
    }

    List<AccessRule> rules() {
        return List.copyOf(rules);
    }
}
