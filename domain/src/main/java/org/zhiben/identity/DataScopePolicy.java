package org.zhiben.identity;

import org.zhiben.organization.Prefectures;
import org.zhiben.shared.DataScope;

/**
 * Derives which data a user sees from their roles and affiliation. A user with several roles sees the union of what
 * each role sees.
 *
 * <ul>
 * <li>{@link Role#COMMITTEE_ADMIN}, {@link Role#AUDITOR}, {@link Role#TIP_OFF_OFFICER},
 * {@link Role#LEGAL_REVIEWER}: the whole prefecture.</li>
 * <li>{@link Role#COUNTY_OFFICER}: its jurisdiction (属地) — the whole prefecture for the prefecture's own code (the
 *     plan's {@code prefecture.jurisdiction}, Kizilsu's 653000), otherwise only that county, city or port.</li>
 * <li>{@link Role#DEPARTMENT_OFFICER}: the industries of its unit (“管行业必须管安全、管业务必须管安全”), in every
 *     jurisdiction.</li>
 * <li>{@link Role#INSPECTOR}: like the unit it works for — the union of the jurisdiction it was given (if any) and
 *     its unit's industries.</li>
 * <li>{@link Role#ENTERPRISE_MANAGER}: its own enterprise only.</li>
 * <li>{@link Role#API_CLIENT}: the scope granted explicitly when the client was registered.</li>
 * </ul>
 * Every scope is read {@linkplain DataScope#within within} the prefecture of the loaded plan: one that contains the
 * prefecture's own code sees the whole prefecture.
 * A unit with no industries gives a department officer an empty scope: nothing is visible until the organisation data
 * says what the unit is responsible for.
 */
public final class DataScopePolicy {

    private final UnitIndustries unitIndustries;
    private final Prefectures prefectures;

    public DataScopePolicy(UnitIndustries unitIndustries, Prefectures prefectures) {
        this.unitIndustries = unitIndustries;
        this.prefectures = prefectures;
    }

    /** What a user sees. */
    public DataScope scopeOf(UserAccount user) {
        return scopeOf(user.assignment());
    }

    /** What a user with this assignment sees. */
    public DataScope scopeOf(RoleAssignment assignment) {
        DataScope scope = DataScope.none();
        for (Role role : assignment.roles()) {
            scope = scope.union(scopeOf(role, assignment));
        }
        return scope.within(prefectures.current().jurisdiction());
    }

    /** What a registered system sees. */
    public DataScope scopeOf(ApiClient client) {
        return client.dataScope().within(prefectures.current().jurisdiction());
    }

    private DataScope scopeOf(Role role, RoleAssignment assignment) {
        return switch (role) {
            case COMMITTEE_ADMIN, AUDITOR, TIP_OFF_OFFICER, LEGAL_REVIEWER -> DataScope.wholePrefecture();
            case COUNTY_OFFICER -> DataScope.jurisdiction(assignment.jurisdiction());
            case DEPARTMENT_OFFICER -> DataScope.industries(unitIndustries.industriesOf(assignment.unit()));
            case INSPECTOR -> {
                DataScope ofUnit = DataScope.industries(unitIndustries.industriesOf(assignment.unit()));
                yield assignment.jurisdiction() == null
                        ? ofUnit
                        : ofUnit.union(DataScope.jurisdiction(assignment.jurisdiction()));
            }
            case ENTERPRISE_MANAGER -> DataScope.enterprise(assignment.enterpriseId());
            case API_CLIENT -> DataScope.none();
        };
    }
}
