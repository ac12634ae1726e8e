package org.zhiben.platform.persistence;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.zhiben.shared.DataScope;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;

/**
 * A caller's {@link DataScope} as a condition of a JPA query, so a search filters in SQL: nothing to add when the
 * scope is prefecture-wide; otherwise jurisdiction IN the scope's jurisdictions OR industry IN its industries OR
 * enterprise IN its enterprises; an empty scope matches nothing.
 */
public final class ScopePredicates {

    private ScopePredicates() {
    }

    /**
     * @param jurisdiction the column holding a matter's jurisdiction code
     * @param industry     the column holding its industry code
     * @param enterpriseId the column holding its enterprise's id (the id itself for an enterprise)
     */
    public static Predicate inScope(DataScope scope, CriteriaBuilder cb, Path<String> jurisdiction,
                                    Path<String> industry, Path<UUID> enterpriseId) {
        if (scope.prefectureWide()) {
            return cb.conjunction();
        }
        List<Predicate> any = new ArrayList<>();
        if (!scope.jurisdictions().isEmpty()) {
            any.add(jurisdiction.in(scope.jurisdictions().stream().map(JurisdictionCode::value).toList()));
        }
        if (!scope.industries().isEmpty()) {
            any.add(industry.in(scope.industries().stream().map(IndustryCode::value).toList()));
        }
        if (!scope.enterpriseIds().isEmpty()) {
            any.add(enterpriseId.in(scope.enterpriseIds()));
        }
        return any.isEmpty() ? cb.disjunction() : cb.or(any.toArray(Predicate[]::new));
    }
}
