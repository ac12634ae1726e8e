package org.zhiben.enforcement.web.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What the form opening a penalty case holds, as typed: where the case comes from (an inspection, a hazard or a
 * tip-off, by its reference), the enterprise (picked by name or credit code) and the violation.
 */
public class CaseForm {

    @NotBlank
    private String originKind;

    @NotBlank
    private String originReference;

    private String creditCode;

    @Size(max = 100)
    private String enterpriseQuery;

    @NotBlank
    @Size(max = 2000)
    private String violation;

    public String getOriginKind() {
        return originKind;
    }

    public void setOriginKind(String originKind) {
        this.originKind = originKind;
    }

    public String getOriginReference() {
        return originReference;
    }

    public void setOriginReference(String originReference) {
        this.originReference = originReference;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public void setCreditCode(String creditCode) {
        this.creditCode = creditCode;
    }

    public String getEnterpriseQuery() {
        return enterpriseQuery;
    }

    public void setEnterpriseQuery(String enterpriseQuery) {
        this.enterpriseQuery = enterpriseQuery;
    }

    public String getViolation() {
        return violation;
    }

    public void setViolation(String violation) {
        this.violation = violation;
    }
}
