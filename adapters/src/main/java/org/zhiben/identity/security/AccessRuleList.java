package org.zhiben.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpMethod;
import org.zhiben.identity.Permission;
import org.zhiben.identity.security.ApiAccessRules.Rule;

/** An ordered list of access rules, written one line per path: the first rule that matches a request decides. */
final class AccessRuleList {

    private final List<Rule> rules = new ArrayList<>();

    AccessRuleList get(String pattern, Permission permission) {
        rules.add(new Rule(HttpMethod.GET, pattern, permission));
        return this;
    }

    AccessRuleList post(String pattern, Permission permission) {
        rules.add(new Rule(HttpMethod.POST, pattern, permission));
        return this;
    }

    /** POST, PUT, PATCH and DELETE. */
    AccessRuleList writes(String pattern, Permission permission) {
        for (HttpMethod method : List.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE)) {
            rules.add(new Rule(method, pattern, permission));
        }
        return this;
    }

    /** Every method. */
    AccessRuleList any(String pattern, Permission permission) {
        rules.add(new Rule(null, pattern, permission));
        return this;
    }

    List<Rule> rules() {
        return List.copyOf(rules);
    }

    Optional<Permission> requiredPermission(HttpServletRequest request) {
        return rules.stream().filter(rule -> rule.matcher().matches(request)).map(Rule::permission).findFirst();
    }
}
