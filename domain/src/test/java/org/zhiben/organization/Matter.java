package org.zhiben.organization;

import java.util.ArrayList;
import java.util.List;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.UnitCode;

/** Test builder of a {@link ResponsibilityMatter}, so that a test reads like the matter it describes. */
final class Matter {

    private final String description;
    private IndustryCode industry;
    private UnitCode competentUnit;
    private final List<UnitCode> businessUnits = new ArrayList<>();
    private UnitCode productionOperationUnit;
    private UnitCode approvingUnit;
    private UnitCode organizingUnit;
    private JurisdictionCode jurisdiction;
    private final List<Involvement> involvements = new ArrayList<>();
    private boolean newBusinessForm;

    private Matter(String description) {
        this.description = description;
    }

    static Matter matter(String description) {
        return new Matter(description);
    }

    Matter inIndustry(String code) {
        industry = IndustryCode.of(code);
        return this;
    }

    Matter competentUnit(String code) {
        competentUnit = UnitCode.of(code);
        return this;
    }

    Matter businessOf(String... codes) {
        for (String code : codes) {
            businessUnits.add(UnitCode.of(code));
        }
        return this;
    }

    Matter productionOperationManagedBy(String code) {
        productionOperationUnit = UnitCode.of(code);
        return this;
    }

    Matter approvedBy(String code) {
        approvingUnit = UnitCode.of(code);
        return this;
    }

    Matter organisedBy(String code) {
        organizingUnit = UnitCode.of(code);
        return this;
    }

    Matter inJurisdiction(String code) {
        jurisdiction = JurisdictionCode.of(code);
        return this;
    }

    Matter mainly(String code) {
        involvements.add(new Involvement(UnitCode.of(code), InvolvementRole.MAIN, null));
        return this;
    }

    Matter mainly(String code, int proximity) {
        involvements.add(new Involvement(UnitCode.of(code), InvolvementRole.MAIN, proximity));
        return this;
    }

    Matter contributing(String code) {
        involvements.add(new Involvement(UnitCode.of(code), InvolvementRole.CONTRIBUTING, null));
        return this;
    }

    Matter contributing(String code, int proximity) {
        involvements.add(new Involvement(UnitCode.of(code), InvolvementRole.CONTRIBUTING, proximity));
        return this;
    }

    Matter newBusinessForm() {
        newBusinessForm = true;
        return this;
    }

    ResponsibilityMatter build() {
        return new ResponsibilityMatter(description, industry, competentUnit, businessUnits, productionOperationUnit,
                approvingUnit, organizingUnit, jurisdiction, involvements, newBusinessForm);
    }
}
