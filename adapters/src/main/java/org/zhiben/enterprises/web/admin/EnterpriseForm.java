package org.zhiben.enterprises.web.admin;

import jakarta.validation.constraints.Size;
import org.zhiben.enterprises.Enterprise;

/**
 * What the enterprise form holds, as typed; shown again unchanged when it is refused. The version is the one the
 * user started editing from: saving it over a newer one is refused.
 */
public class EnterpriseForm {

    @Size(max = 40)
    private String creditCode;
    @Size(max = 400)
    private String name;
    private String jurisdiction;
    private String industry;
    @Size(max = 600)
    private String address;
    @Size(max = 100)
    private String principalName;
    @Size(max = 30)
    private String principalPhone;
    @Size(max = 300)
    private String principalEmail;
    @Size(max = 100)
    private String controllerName;
    @Size(max = 30)
    private String controllerPhone;
    @Size(max = 300)
    private String controllerEmail;
    private String standardisationGrade = "NONE";
    private String status = "OPERATING";
    private String hospitalGrade = "NONE";
    private boolean keyCulturalRelicUnit;
    private boolean largeCommercialComplex;
    private String fireSafetyName;
    private String fireSafetyPhone;
    private Long version;

    static EnterpriseForm of(Enterprise e) {
        EnterpriseForm form = new EnterpriseForm();
        form.creditCode = e.creditCode().value();
        form.name = e.name();
        form.jurisdiction = e.jurisdiction().value();
        form.industry = e.industry().value();
        form.address = e.address();
        form.principalName = e.principal().name();
        form.principalPhone = e.principal().phone();
        form.principalEmail = e.principal().email();
        form.controllerName = e.actualController().name();
        form.controllerPhone = e.actualController().phone();
        form.controllerEmail = e.actualController().email();
        form.standardisationGrade = e.standardisationGrade().name();
        form.status = e.status().name();
        form.hospitalGrade = e.focus().hospitalGrade().name();
        form.keyCulturalRelicUnit = e.focus().keyCulturalRelicUnit();
        form.largeCommercialComplex = e.focus().largeCommercialComplex();
        if (e.focus().fireSafetyResponsible() != null) {
            form.fireSafetyName = e.focus().fireSafetyResponsible().name();
            form.fireSafetyPhone = e.focus().fireSafetyResponsible().phone();
        }
        form.version = e.version();
        return form;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public void setCreditCode(String creditCode) {
        this.creditCode = creditCode;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getJurisdiction() {
        return jurisdiction;
    }

    public void setJurisdiction(String jurisdiction) {
        this.jurisdiction = jurisdiction;
    }

    public String getIndustry() {
        return industry;
    }

    public void setIndustry(String industry) {
        this.industry = industry;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPrincipalName() {
        return principalName;
    }

    public void setPrincipalName(String principalName) {
        this.principalName = principalName;
    }

    public String getPrincipalPhone() {
        return principalPhone;
    }

    public void setPrincipalPhone(String principalPhone) {
        this.principalPhone = principalPhone;
    }

    public String getControllerName() {
        return controllerName;
    }

    public void setControllerName(String controllerName) {
        this.controllerName = controllerName;
    }

    public String getPrincipalEmail() {
        return principalEmail;
    }

    public void setPrincipalEmail(String principalEmail) {
        this.principalEmail = principalEmail;
    }

    public String getControllerEmail() {
        return controllerEmail;
    }

    public void setControllerEmail(String controllerEmail) {
        this.controllerEmail = controllerEmail;
    }

    public String getControllerPhone() {
        return controllerPhone;
    }

    public void setControllerPhone(String controllerPhone) {
        this.controllerPhone = controllerPhone;
    }

    public String getStandardisationGrade() {
        return standardisationGrade;
    }

    public void setStandardisationGrade(String standardisationGrade) {
        this.standardisationGrade = standardisationGrade;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getHospitalGrade() {
        return hospitalGrade;
    }

    public void setHospitalGrade(String hospitalGrade) {
        this.hospitalGrade = hospitalGrade;
    }

    public boolean isKeyCulturalRelicUnit() {
        return keyCulturalRelicUnit;
    }

    public void setKeyCulturalRelicUnit(boolean keyCulturalRelicUnit) {
        this.keyCulturalRelicUnit = keyCulturalRelicUnit;
    }

    public boolean isLargeCommercialComplex() {
        return largeCommercialComplex;
    }

    public void setLargeCommercialComplex(boolean largeCommercialComplex) {
        this.largeCommercialComplex = largeCommercialComplex;
    }

    public String getFireSafetyName() {
        return fireSafetyName;
    }

    public void setFireSafetyName(String fireSafetyName) {
        this.fireSafetyName = fireSafetyName;
    }

    public String getFireSafetyPhone() {
        return fireSafetyPhone;
    }

    public void setFireSafetyPhone(String fireSafetyPhone) {
        this.fireSafetyPhone = fireSafetyPhone;
    }
}
