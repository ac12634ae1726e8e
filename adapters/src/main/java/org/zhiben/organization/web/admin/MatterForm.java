package org.zhiben.organization.web.admin;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.zhiben.organization.Involvement;
import org.zhiben.organization.InvolvementRole;
import org.zhiben.organization.ResponsibilityMatter;
import org.zhiben.platform.web.RequestValues;
import org.zhiben.shared.UnitCode;

/** The responsibility form as typed: the facts of a matter, every one optional but the description. */
public class MatterForm {

    /** How many rows of involved units the form offers. */
    static final int INVOLVEMENT_ROWS = 4;

    @NotBlank
    @Size(max = ResponsibilityMatter.DESCRIPTION_MAX_LENGTH)
    private String description;
    private String industry;
    private String competentUnit;
    private List<String> businessUnits = new ArrayList<>();
    private String productionOperationUnit;
    private String approvingUnit;
    private String organizingUnit;
    private String jurisdiction;
    @Valid
    private List<InvolvementRow> involvements = new ArrayList<>();
    private boolean newBusinessForm;

    public MatterForm() {
        fillRows();
    }

    /** Pads the involvement rows to {@link #INVOLVEMENT_ROWS}, so that the form always offers them. */
    void fillRows() {
        while (involvements.size() < INVOLVEMENT_ROWS) {
            involvements.add(new InvolvementRow());
        }
    }

    /** The matter the facts describe; blank choices are left out. */
    ResponsibilityMatter toMatter() {
        List<UnitCode> business = new ArrayList<>();
        List<String> chosen = businessUnits == null ? List.of() : businessUnits.stream()
                .filter(value -> value != null && !value.isBlank()).toList();
        for (int i = 0; i < chosen.size(); i++) {
            business.add(RequestValues.unit(chosen.get(i), "businessUnits[" + i + "]"));
        }
        List<Involvement> involved = new ArrayList<>();
        for (int i = 0; i < involvements.size(); i++) {
            InvolvementRow row = involvements.get(i);
            if (row.getUnit() == null || row.getUnit().isBlank()) {
                continue;
            }
            String path = "involvements[" + i + "]";
            involved.add(new Involvement(RequestValues.unit(row.getUnit(), path + ".unit"),
                    RequestValues.enumValue(InvolvementRole.class, row.getRole(), path + ".role"),
                    row.getProximity()));
        }
        return new ResponsibilityMatter(description, RequestValues.industry(blankToNull(industry), "industry"),
                RequestValues.unit(blankToNull(competentUnit), "competentUnit"), business,
                RequestValues.unit(blankToNull(productionOperationUnit), "productionOperationUnit"),
                RequestValues.unit(blankToNull(approvingUnit), "approvingUnit"),
                RequestValues.unit(blankToNull(organizingUnit), "organizingUnit"),
                RequestValues.jurisdiction(blankToNull(jurisdiction), "jurisdiction"), involved, newBusinessForm);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** One unit involved in the matter: its role and how close it is (1 = closest). */
    public static class InvolvementRow {

        private String unit;
        private String role = InvolvementRole.CONTRIBUTING.name();
        @jakarta.validation.constraints.Min(1)
        private Integer proximity;

        public String getUnit() {
            return unit;
        }

        public void setUnit(String unit) {
            this.unit = unit;
        }

        public String getRole() {
            return role;
        }

        public void setRole(String role) {
            this.role = role;
        }

        public Integer getProximity() {
            return proximity;
        }

        public void setProximity(Integer proximity) {
            this.proximity = proximity;
        }
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getIndustry() {
        return industry;
    }

    public void setIndustry(String industry) {
        this.industry = industry;
    }

    public String getCompetentUnit() {
        return competentUnit;
    }

    public void setCompetentUnit(String competentUnit) {
        this.competentUnit = competentUnit;
    }

    public List<String> getBusinessUnits() {
        return businessUnits;
    }

    public void setBusinessUnits(List<String> businessUnits) {
        this.businessUnits = businessUnits;
    }

    public String getProductionOperationUnit() {
        return productionOperationUnit;
    }

    public void setProductionOperationUnit(String productionOperationUnit) {
        this.productionOperationUnit = productionOperationUnit;
    }

    public String getApprovingUnit() {
        return approvingUnit;
    }

    public void setApprovingUnit(String approvingUnit) {
        this.approvingUnit = approvingUnit;
    }

    public String getOrganizingUnit() {
        return organizingUnit;
    }

    public void setOrganizingUnit(String organizingUnit) {
        this.organizingUnit = organizingUnit;
    }

    public String getJurisdiction() {
        return jurisdiction;
    }

    public void setJurisdiction(String jurisdiction) {
        this.jurisdiction = jurisdiction;
    }

    public List<InvolvementRow> getInvolvements() {
        return involvements;
    }

    public void setInvolvements(List<InvolvementRow> involvements) {
        this.involvements = involvements;
    }

    public boolean isNewBusinessForm() {
        return newBusinessForm;
    }

    public void setNewBusinessForm(boolean newBusinessForm) {
        this.newBusinessForm = newBusinessForm;
    }
}
