package org.zhiben.organization.application;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.zhiben.organization.Industries;
import org.zhiben.organization.Industry;
import org.zhiben.organization.Involvement;
import org.zhiben.organization.Jurisdictions;
import org.zhiben.organization.MemberUnits;
import org.zhiben.organization.ResponsibilityMatter;
import org.zhiben.organization.ResponsibilityResolution;
import org.zhiben.organization.ResponsibilityResolver;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.NotFoundException;
import org.zhiben.shared.Require;
import org.zhiben.shared.UnitCode;

/**
 * Resolves, for a matter (hazard, activity, enterprise, new business form), the lead unit and the responsible units,
 * and explains which principle decided each ({@link ResponsibilityResolver}). Every unit and the jurisdiction the
 * matter names must exist in the reference data; the industry is looked up here.
 */
public class ResolveResponsibility {

    private final Industries industries;
    private final MemberUnits memberUnits;
    private final Jurisdictions jurisdictions;

    public ResolveResponsibility(Industries industries, MemberUnits memberUnits, Jurisdictions jurisdictions) {
        this.industries = Objects.requireNonNull(industries, "industries");
        this.memberUnits = Objects.requireNonNull(memberUnits, "memberUnits");
        this.jurisdictions = Objects.requireNonNull(jurisdictions, "jurisdictions");
    }

    /**
     * @throws InvalidValueException naming the field (e.g. {@code businessUnits[1]}, {@code involvements[0].unit},
     *                               {@code jurisdiction}) when a unit or the jurisdiction is unknown, or when the
     *                               matter contradicts itself
     * @throws NotFoundException     when the industry is unknown
     */
    public ResponsibilityResolution resolve(ResponsibilityMatter matter) {
        Require.notNull(matter, "matter");
        checkUnitsExist(matter);
        if (matter.jurisdiction() != null && jurisdictions.findByCode(matter.jurisdiction()).isEmpty()) {
            throw new InvalidValueException("jurisdiction", "organization.responsibility.jurisdiction.unknown",
                    "unknown jurisdiction: " + matter.jurisdiction(), matter.jurisdiction());
        }
        Optional<Industry> industry = Optional.empty();
        if (matter.industry() != null) {
            industry = Optional.of(industries.findByCode(matter.industry())
                    .orElseThrow(() -> new NotFoundException("industry", matter.industry())));
        }
        return ResponsibilityResolver.resolve(matter, industry);
    }

    private void checkUnitsExist(ResponsibilityMatter matter) {
        checkUnitExists("competentUnit", matter.competentUnit());
        List<UnitCode> businessUnits = matter.businessUnits();
        for (int i = 0; i < businessUnits.size(); i++) {
            checkUnitExists("businessUnits[" + i + "]", businessUnits.get(i));
        }
        checkUnitExists("productionOperationUnit", matter.productionOperationUnit());
        checkUnitExists("approvingUnit", matter.approvingUnit());
        checkUnitExists("organizingUnit", matter.organizingUnit());
        List<Involvement> involvements = matter.involvements();
        for (int i = 0; i < involvements.size(); i++) {
            checkUnitExists("involvements[" + i + "].unit", involvements.get(i).unit());
        }
    }

    private void checkUnitExists(String field, UnitCode unit) {
        if (unit != null && memberUnits.findByCode(unit).isEmpty()) {
            throw new InvalidValueException(field, "organization.responsibility.unit.unknown",
                    "unknown unit: " + unit, unit);
        }
    }
}
