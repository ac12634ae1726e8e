package org.zhiben.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.zhiben.identity.Role;
import org.zhiben.identity.RolePermissions;
import org.zhiben.platform.security.AccessRule;
import org.zhiben.platform.security.AccessRules;
import org.zhiben.shared.Permission;

/**
 * The access rules of all modules, combined: every {@link AccessRules} bean a module contributes. This is what the
 * security filter chains enforce and what the authorisation matrix test checks.
 *
 * <ul>
 * <li><b>API</b> ({@code /api/**}): the first rule that matches a request decides; a request no rule matches is
 *     denied (deny by default).</li>
 * <li><b>Pages</b>: likewise; a page no rule covers is open to any signed-in user (the home page, changing one's
 *     password).</li>
 * <li><b>Permissions</b>: {@link #rolePermissions()} is the union of what the modules declare.</li>
 * </ul>
 *
 * The contributions are checked when the application starts: two modules may not declare the same module name, name a
 * role identity does not know, or have rules that could match the same request.
 */
@Component
public class CombinedAccessRules {

    private final List<AccessRule> api;
    private final List<AccessRule> pages;
    private final RolePermissions rolePermissions;

    public CombinedAccessRules(Collection<AccessRules> contributions) {
        List<AccessRules> modules = contributions.stream().sorted(Comparator.comparing(AccessRules::module)).toList();
        Set<String> names = new HashSet<>();
        for (AccessRules module : modules) {
            if (!names.add(module.module())) {
                throw new IllegalStateException("two contributions of access rules name the module "
                        + module.module());
            }
        }
        this.api = combined(modules, AccessRules::api, "API");
        this.pages = combined(modules, AccessRules::pages, "page");
        this.rolePermissions = permissions(modules);
    }

    /** Every API rule, in the order they are tried. */
    public List<AccessRule> apiRules() {
        return api;
    }

    /** Every page rule, in the order they are tried. */
    public List<AccessRule> pageRules() {
        return pages;
    }

    /**
     * The rule that decides an API call with this method and path (a concrete path or a path template such as
     * {@code /api/v1/hazards/{id}}); empty when none does, and the call is then denied.
     */
    public Optional<AccessRule> ruleFor(HttpMethod method, String path) {
        return api.stream().filter(rule -> rule.matches(method, path)).findFirst();
    }

    /** The rule that decides a page request with this method and path; empty when any signed-in user may open it. */
    public Optional<AccessRule> pageRuleFor(HttpMethod method, String path) {
        return pages.stream().filter(rule -> rule.matches(method, path)).findFirst();
    }

    /** The permission an API request needs; empty when no rule covers it (it is then denied). */
    public Optional<Permission> requiredPermission(HttpServletRequest request) {
        return firstMatch(api, request);
    }

    /** The permission a page request needs; empty when any signed-in user may open it. */
    public Optional<Permission> requiredPagePermission(HttpServletRequest request) {
        return firstMatch(pages, request);
    }

    /** Which role holds which permission, as the modules declare it. */
    public RolePermissions rolePermissions() {
        return rolePermissions;
    }

    private static Optional<Permission> firstMatch(List<AccessRule> rules, HttpServletRequest request) {
        return rules.stream().filter(rule -> rule.matcher().matches(request)).map(AccessRule::permission).findFirst();
    }

    private static List<AccessRule> combined(List<AccessRules> modules, Function<AccessRules, List<AccessRule>> rules,
                                             String surface) {
        List<AccessRule> all = new ArrayList<>();
        for (int i = 0; i < modules.size(); i++) {
            for (int j = i + 1; j < modules.size(); j++) {
                for (AccessRule first : rules.apply(modules.get(i))) {
                    for (AccessRule second : rules.apply(modules.get(j))) {
                        if (first.overlaps(second)) {
                            throw new IllegalStateException("the " + surface + " rules of " + modules.get(i).module()
                                    + " and " + modules.get(j).module() + " could match the same request: " + first
                                    + " and " + second);
                        }
                    }
                }
            }
            all.addAll(rules.apply(modules.get(i)));
        }
        return List.copyOf(all);
    }

    private static RolePermissions permissions(List<AccessRules> modules) {
        List<Permission> declared = new ArrayList<>();
        Map<Role, Set<Permission>> grants = new EnumMap<>(Role.class);
        for (AccessRules module : modules) {
            declared.addAll(module.permissions());
            module.grants().forEach((roleName, permissions) -> {
                Role role = roleNamed(roleName, module);
                grants.computeIfAbsent(role, r -> new TreeSet<>()).addAll(permissions);
            });
        }
        return new RolePermissions(declared, grants);
    }

    private static Role roleNamed(String name, AccessRules module) {
        for (Role role : Role.values()) {
            if (role.name().equals(name)) {
                return role;
            }
        }
        throw new IllegalStateException("the access rules of " + module.module() + " grant permissions to the role "
                + name + ", which identity does not know");
    }
}
