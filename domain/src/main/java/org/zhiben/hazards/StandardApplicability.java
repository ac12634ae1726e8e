package org.zhiben.hazards;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.Require;

/**
 * Which clause groups of a standard fit which industry. A standard whose groups are industries or facility types
 * (the mines standard: 地下矿山, 露天矿山, 尾矿库; the 工贸 standard: 冶金, 有色, 建材, …) applies to an enterprise only
 * with the groups that fit it; the standard's notes say which groups apply to everyone ("通用 is 第三条 and applies to
 * every 工贸 enterprise"). A standard without such a mapping applies with all its clauses.
 *
 * @param groupsByIndustry for each industry the standard covers, the groups whose clauses apply to it
 */
public record StandardApplicability(String standardCode, Map<IndustryCode, Set<String>> groupsByIndustry) {

    public StandardApplicability {
        Require.notBlank(standardCode, "standardCode");
        Map<IndustryCode, Set<String>> copy = new LinkedHashMap<>();
        Require.notNull(groupsByIndustry, "groupsByIndustry")
                .forEach((industry, groups) -> copy.put(industry, Set.copyOf(new LinkedHashSet<>(groups))));
        groupsByIndustry = Map.copyOf(copy);
    }

    /** A standard whose every clause applies to every sector it covers. */
    public static StandardApplicability allClauses(String standardCode) {
        return new StandardApplicability(standardCode, Map.of());
    }

    /**
     * The clauses of the standard that apply to an enterprise of the industry, in document order: every clause when
     * no groups are mapped for the standard; otherwise the clauses of the groups mapped to the industry (none when
     * the industry is not mapped).
     */
    public List<StandardClause> clausesFor(DeterminationStandard standard, IndustryCode industry) {
        Require.notNull(standard, "standard");
        Require.notNull(industry, "industry");
        if (groupsByIndustry.isEmpty()) {
            return standard.clauses();
        }
        Set<String> groups = groupsByIndustry.getOrDefault(industry, Set.of());
        return standard.clauses().stream().filter(clause -> groups.contains(clause.group())).toList();
    }

    /** Whether the clause applies to an enterprise of the industry. */
    public boolean applies(DeterminationStandard standard, StandardClause clause, IndustryCode industry) {
        return clausesFor(standard, industry).contains(clause);
    }
}
