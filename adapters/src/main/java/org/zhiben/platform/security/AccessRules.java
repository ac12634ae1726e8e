package org.zhiben.platform.security;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.zhiben.shared.Permission;

/**
 * What one module contributes to access control, as a bean: the permissions it declares, which roles hold each of
 * them, and which permission each of its API paths and pages needs. The identity module combines the contributions
 * of all modules (a new module adds its own bean and edits nothing else); an API path that no module lists is denied.
 *
 * <pre>
 * &#64;Bean
 * AccessRules hazardsAccessRules() {
 *     return AccessRules.of("hazards")
 *             .grant("INSPECTOR", HazardPermissions.READ, HazardPermissions.REPORT)
 *             .api(rules -&gt; rules.get("/api/v1/hazards/**", HazardPermissions.READ)
 *                     .post("/api/v1/hazards", HazardPermissions.REPORT))
 *             .pages(rules -&gt; rules.get("/hazards/**", HazardPermissions.READ))
 *             .build();
 * }
 * </pre>
 *
 * Roles are named as the identity module names them ({@code COMMITTEE_ADMIN}, {@code INSPECTOR}, ...): a name it does
 * not know stops the application at start-up. A module's paths are its own: rules of two modules that could match the
 * same request stop it too. Within a module, the first rule that matches decides, so put the more specific first.
 */
public final class AccessRules {

    private final String module;
    private final Set<Permission> declared;
    private final Map<String, Set<Permission>> grants;
    private final List<AccessRule> api;
    private final List<AccessRule> pages;

    private AccessRules(Builder builder) {
        this.module = builder.module;
        this.grants = Collections.unmodifiableMap(new LinkedHashMap<>(builder.grants));
        this.api = builder.api.rules();
        this.pages = builder.pages.rules();
        SortedSet<Permission> all = new TreeSet<>(builder.declared);
        grants.values().forEach(all::addAll);
        api.forEach(rule -> all.add(rule.permission()));
        pages.forEach(rule -> all.add(rule.permission()));
        this.declared = Collections.unmodifiableSortedSet(all);
    }

    /** Starts the contribution of the module with this name (e.g. {@code hazards}). */
    public static Builder of(String module) {
        return new Builder(module);
    }

    public String module() {
        return module;
    }

    /** Every permission the module declares: those it grants, those its rules need, and any declared on their own. */
    public Set<Permission> permissions() {
        return declared;
    }

    /** The permissions of this module each role holds, by role name. */
    public Map<String, Set<Permission>> grants() {
        return grants;
    }

    /** The module's API rules, in the order they are tried. */
    public List<AccessRule> api() {
        return api;
    }

    /** The module's page rules, in the order they are tried. */
    public List<AccessRule> pages() {
        return pages;
    }

    @Override
    public String toString() {
        return "access rules of " + module;
    }

    /** Collects one module's contribution. */
    public static final class Builder {

        private final String module;
        private final Set<Permission> declared = new TreeSet<>();
        private final Map<String, Set<Permission>> grants = new LinkedHashMap<>();
        private final AccessRuleList api = new AccessRuleList();
        private final AccessRuleList pages = new AccessRuleList();

        private Builder(String module) {
            if (module == null || module.isBlank()) {
                throw new IllegalArgumentException("access rules name the module they belong to");
            }
            this.module = module;
        }

        /** Declares permissions that no role holds and no rule needs yet (e.g. one granted only to API clients). */
        public Builder declare(Permission... permissions) {
            declared.addAll(List.of(permissions));
            return this;
        }

        /** The role with this name (as the identity module names it) holds these permissions of the module. */
        public Builder grant(String role, Permission... permissions) {
            return grant(role, List.of(permissions));
        }

        public Builder grant(String role, Collection<Permission> permissions) {
            grants.computeIfAbsent(role, r -> new TreeSet<>()).addAll(permissions);
            return this;
        }

        /** The module's API paths (under {@code /api/}) and the permission each needs. */
        public Builder api(Consumer<AccessRuleList> rules) {
            rules.accept(api);
            return this;
        }

        /** The module's pages and the permission each needs (a page no module lists is open to any signed-in user). */
        public Builder pages(Consumer<AccessRuleList> rules) {
            rules.accept(pages);
            return this;
        }

        public AccessRules build() {
            return new AccessRules(this);
        }
    }
}
