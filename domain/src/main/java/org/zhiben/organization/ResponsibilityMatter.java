package org.zhiben.organization;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.Require;
import org.zhiben.shared.UnitCode;

/**
 * A matter whose lead and responsible units are to be resolved: a hazard, an activity, an enterprise, a facility or a
 * new business form. Every fact is optional but the description; each fact feeds one principle.
 *
 * @param description             what the matter is (required, at most 500 characters)
 * @param industry                the industry or sector (行业领域) the matter belongs to
 * @param competentUnit           the competent department (主管部门) when named explicitly, e.g. for a matter outside
 *                                any industry
 * @param businessUnits           the units whose business the matter is (管业务)
 * @param productionOperationUnit the unit that manages the production and operation (管生产经营), e.g. SASAC for a
 *                                state-owned enterprise
 * @param approvingUnit           the unit that approved it (谁审批)
 * @param organizingUnit          the unit that organised or hosts the activity or facility (谁举办)
 * @param jurisdiction            the jurisdiction the matter lies in (属地)
 * @param involvements            the units involved, with their role and proximity
 * @param newBusinessForm         a new business form or new field (新业态、新领域) with no clear regulator; it then has no
 *                                competent department, so none may be named
 */
public record ResponsibilityMatter(String description, IndustryCode industry, UnitCode competentUnit,
                                   List<UnitCode> businessUnits, UnitCode productionOperationUnit,
                                   UnitCode approvingUnit, UnitCode organizingUnit, JurisdictionCode jurisdiction,
                                   List<Involvement> involvements, boolean newBusinessForm) {

    public static final int DESCRIPTION_MAX_LENGTH = 500;

    public ResponsibilityMatter {
        description = Require.maxLength(Require.notBlank(description, "description"), DESCRIPTION_MAX_LENGTH,
                "description");
        businessUnits = businessUnits == null ? List.of() : List.copyOf(distinctUnits(businessUnits));
        involvements = involvements == null ? List.of() : List.copyOf(distinctInvolvements(involvements));
        if (newBusinessForm && competentUnit != null) {
            throw new InvalidValueException("competentUnit",
                    "organization.responsibility.new-business-form.competent-unit",
                    "a new business form has no clear competent department, yet " + competentUnit + " was given",
                    competentUnit);
        }
    }

    private static List<UnitCode> distinctUnits(List<UnitCode> units) {
        Set<UnitCode> seen = new HashSet<>();
        for (int i = 0; i < units.size(); i++) {
            String field = "businessUnits[" + i + "]";
            UnitCode unit = Require.notNull(units.get(i), field);
            if (!seen.add(unit)) {
                throw duplicate(field, unit);
            }
        }
        return units;
    }

    private static List<Involvement> distinctInvolvements(List<Involvement> involvements) {
        Set<UnitCode> seen = new HashSet<>();
        for (int i = 0; i < involvements.size(); i++) {
            Involvement involvement = Require.notNull(involvements.get(i), "involvements[" + i + "]");
            if (!seen.add(involvement.unit())) {
                throw duplicate("involvements[" + i + "].unit", involvement.unit());
            }
        }
        return involvements;
    }

    private static InvalidValueException duplicate(String field, UnitCode unit) {
        return new InvalidValueException(field, "organization.responsibility.unit.duplicate",
                "unit " + unit + " is listed twice", unit);
    }
}
