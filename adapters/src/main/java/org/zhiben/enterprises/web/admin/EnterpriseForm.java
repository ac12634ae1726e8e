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
}
