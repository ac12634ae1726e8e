package org.zhiben.platform.persistence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhiben.shared.DataScope;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;

/**
 * A caller's {@link DataScope} as the condition of an SQL query, with its named parameters, for tables with
 * {@code jurisdiction}, {@code industry} and {@code enterprise_id} columns: {@code true} when the scope is
 * prefecture-wide; otherwise jurisdiction IN the scope's jurisdictions OR industry IN its industries OR enterprise IN
 * its enterprises; an empty scope matches nothing. {@link ScopePredicates} is the same condition for JPA queries.
 */
public record ScopeFilter(String condition, Map<String, Object> params) {

    public ScopeFilter {
        params = Map.copyOf(params);
    }

    public static ScopeFilter of(DataScope scope) {
        Map<String, Object> params = new LinkedHashMap<>();
        if (scope.prefectureWide()) {
            return new ScopeFilter("true", params);
        }
        StringBuilder where = new StringBuilder("(false");
        if (!scope.jurisdictions().isEmpty()) {
            where.append(" OR jurisdiction IN (:scopeJurisdictions)");
            params.put("scopeJurisdictions", scope.jurisdictions().stream().map(JurisdictionCode::value).toList());
        }
        if (!scope.industries().isEmpty()) {
            where.append(" OR industry IN (:scopeIndustries)");
            params.put("scopeIndustries", scope.industries().stream().map(IndustryCode::value).toList());
        }
        if (!scope.enterpriseIds().isEmpty()) {
            where.append(" OR enterprise_id IN (:scopeEnterprises)");
            params.put("scopeEnterprises", List.copyOf(scope.enterpriseIds()));
        }
        return new ScopeFilter(where.append(")").toString(), params);
    }
}
